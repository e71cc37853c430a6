import { describe, expect, it } from 'vitest';
import { stableId } from './stable-id';

describe('stableId', () => {
  it('is a well-formed UUID that depends only on its parts', () => {
    const id = stableId('payment.captured', 'p-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('payment.captured', 'p-1')).toBe(id);
    expect(stableId('payment.captured', 'p-2')).not.toBe(id);
  });

  it('keeps parts apart', () => {
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
  });
});
