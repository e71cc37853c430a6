import { describe, expect, it } from 'vitest';
import { committedRefundTotal, planRefund, refundableAmount, statusAfterRefunds } from './refund-ledger';

const captured = { status: 'CAPTURED' as const, capturedAmount: 10_000 };

describe('refund ledger', () => {
  it('counts done and in-flight refunds, not failed ones', () => {
    const refunds = [
      { amount: 1_000, status: 'SUCCEEDED' as const },
      { amount: 2_000, status: 'PENDING' as const },
      { amount: 5_000, status: 'FAILED' as const },
    ];
    expect(committedRefundTotal(refunds)).toBe(3_000);
    expect(refundableAmount(captured, refunds)).toBe(7_000);
  });

  it('has nothing refundable before capture', () => {
    expect(refundableAmount({ status: 'AUTHORIZED', capturedAmount: 0 }, [])).toBe(0);
  });

  it('allows partial refunds up to exactly the captured amount', () => {
    expect(planRefund(captured, [], 4_000)).toEqual({ ok: true });
    expect(planRefund(captured, [{ amount: 4_000, status: 'SUCCEEDED' }], 6_000)).toEqual({ ok: true });
  });

  it('refuses a refund beyond what is left, counting pending refunds', () => {
    const plan = planRefund(captured, [{ amount: 4_000, status: 'PENDING' }], 6_001);
    expect(plan).toMatchObject({ ok: false, code: 'REFUND_EXCEEDS_CAPTURED' });
    expect(plan.ok ? '' : plan.message).toContain('6000 still refundable');
    expect(planRefund(captured, [{ amount: 10_000, status: 'SUCCEEDED' }], 1)).toMatchObject({
      code: 'REFUND_EXCEEDS_CAPTURED',
    });
  });

  it('refuses zero, negative and fractional amounts', () => {
    for (const amount of [0, -5, 1.5, Number.NaN]) {
      expect(planRefund(captured, [], amount)).toMatchObject({ ok: false, code: 'INVALID_AMOUNT' });
    }
  });

  it('refuses refunds of payments that took no money', () => {
    for (const status of ['PENDING', 'AUTHORIZED', 'VOIDED', 'FAILED'] as const) {
      expect(planRefund({ status, capturedAmount: 0 }, [], 100)).toMatchObject({
        code: 'PAYMENT_NOT_CAPTURED',
      });
    }
    expect(planRefund({ status: 'PARTIALLY_REFUNDED', capturedAmount: 500 }, [], 100)).toEqual({ ok: true });
  });

  it('derives the status from the refunded total', () => {
    expect(statusAfterRefunds(10_000, 0)).toBe('CAPTURED');
    expect(statusAfterRefunds(10_000, 2_500)).toBe('PARTIALLY_REFUNDED');
    expect(statusAfterRefunds(10_000, 10_000)).toBe('REFUNDED');
  });
});
