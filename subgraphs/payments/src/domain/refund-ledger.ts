import { isCaptured, type PaymentStatus } from './payment-status';

export type RefundStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface LedgerRefund {
  amount: number;
  status: RefundStatus;
}

export interface LedgerPayment {
  status: PaymentStatus;
  capturedAmount: number;
}

export type RefundRefusalCode = 'INVALID_AMOUNT' | 'PAYMENT_NOT_CAPTURED' | 'REFUND_EXCEEDS_CAPTURED';

export type RefundPlan = { ok: true } | { ok: false; code: RefundRefusalCode; message: string };

/** Refunds that hold money: done, or asked for and not yet settled. Failed ones gave nothing back. */
export function committedRefundTotal(refunds: readonly LedgerRefund[]): number {
  return refunds
    .filter((refund) => refund.status !== 'FAILED')
    .reduce((sum, refund) => sum + refund.amount, 0);
}

/** What may still be refunded: the captured amount less every refund done or in flight. */
export function refundableAmount(payment: LedgerPayment, refunds: readonly LedgerRefund[]): number {
  if (!isCaptured(payment.status)) return 0;
  return Math.max(0, payment.capturedAmount - committedRefundTotal(refunds));
}

/**
 * Whether a refund of `amount` (minor units) may be recorded. Pending refunds count as spent, so two refunds
 * checked one after the other under the payment's row lock can never together exceed the captured amount.
 */
export function planRefund(
  payment: LedgerPayment,
  refunds: readonly LedgerRefund[],
  amount: number,
): RefundPlan {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    return {
      ok: false,
      code: 'INVALID_AMOUNT',
      message: 'The refund amount must be a positive whole number of cents',
    };
  }
  if (!isCaptured(payment.status)) {
    return {
      ok: false,
      code: 'PAYMENT_NOT_CAPTURED',
      message: `Only captured payments can be refunded; this one is ${payment.status}`,
    };
  }
  const remaining = refundableAmount(payment, refunds);
  if (amount > remaining) {
    return {
      ok: false,
      code: 'REFUND_EXCEEDS_CAPTURED',
      message: `A refund of ${amount} exceeds the ${remaining} still refundable of the ${payment.capturedAmount} captured`,
    };
  }
  return { ok: true };
}

/** The payment's status once its succeeded refunds add up to `refundedAmount`. */
export function statusAfterRefunds(capturedAmount: number, refundedAmount: number): PaymentStatus {
  if (refundedAmount <= 0) return 'CAPTURED';
  return refundedAmount >= capturedAmount ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}
