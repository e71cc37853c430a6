import { describe, expect, it } from 'vitest';
import { movementReasonLabel, referencedOrderId, signedDelta } from './stock-ledger';

describe('stock ledger wording', () => {
  it('signs changes', () => {
    expect(signedDelta(5)).toBe('+5');
    expect(signedDelta(-2)).toBe('−2');
    expect(signedDelta(0)).toBe('');
  });

  it('names reasons', () => {
    expect(movementReasonLabel('COMMIT')).toBe('Committed to an order');
    expect(movementReasonLabel('NEW')).toBe('NEW');
  });

  it('links movements to their order', () => {
    const id = '781372ee-79d4-4bd4-9b29-f6c7cba8d569';
    expect(referencedOrderId('COMMIT', id)).toBe(id);
    expect(referencedOrderId('RESTOCK', `return ${id}`)).toBeNull();
    expect(referencedOrderId('ADJUSTMENT', id)).toBeNull();
    expect(referencedOrderId('RESERVATION', null)).toBeNull();
  });
});
