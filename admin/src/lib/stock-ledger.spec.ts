import { describe, expect, it } from 'vitest';
import { movementReasonLabel, signedDelta } from './stock-ledger';

describe('stock ledger wording', () => {
  it('signs changes', () => {
    expect(signedDelta(5)).toBe('+5');
    expect(signedDelta(-2)).toBe('−2');
    expect(signedDelta(0)).toBe('');
  });

  it('names reasons', () => {
    expect(movementReasonLabel('COMMIT')).toBe('Shipped to a customer');
    expect(movementReasonLabel('NEW')).toBe('NEW');
  });
});
