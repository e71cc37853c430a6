import { describe, expect, it } from 'vitest';
import { parseRefundAmount } from './refund-amount';

describe('parseRefundAmount', () => {
  it('reads an amount in minor units', () => {
    expect(parseRefundAmount('12.50', 5000, 'USD')).toEqual({ ok: true, amount: 1250 });
    expect(parseRefundAmount(' 50 ', 5000, 'USD')).toEqual({ ok: true, amount: 5000 });
  });

  it('refuses nothing, garbage and too many decimals', () => {
    expect(parseRefundAmount('', 5000, 'USD').ok).toBe(false);
    expect(parseRefundAmount('0', 5000, 'USD')).toEqual({
      ok: false,
      message: 'Enter an amount above zero.',
    });
    expect(parseRefundAmount('abc', 5000, 'USD').ok).toBe(false);
    expect(parseRefundAmount('1.234', 5000, 'USD').ok).toBe(false);
    expect(parseRefundAmount('-5', 5000, 'USD').ok).toBe(false);
  });

  it('refuses more than is left to refund', () => {
    expect(parseRefundAmount('50.01', 5000, 'USD')).toEqual({
      ok: false,
      message: 'That is more than is left to refund on this payment.',
    });
  });
});
