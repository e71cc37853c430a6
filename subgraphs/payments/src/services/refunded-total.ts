import type { PaymentsTx } from '../data/database';
import { updatePayment, type PaymentRow } from '../data/payment.repo';
import { assertTransition } from '../domain/payment-status';
import { statusAfterRefunds } from '../domain/refund-ledger';

/** Adds a succeeded refund to the payment's refunded total; its status follows (partially or fully refunded). */
export function addRefundedAmount(tx: PaymentsTx, payment: PaymentRow, amount: number): Promise<PaymentRow> {
  const refundedAmount = payment.refundedAmount + amount;
  const status = statusAfterRefunds(payment.capturedAmount, refundedAmount);
  assertTransition(payment.status, status);
  return updatePayment(tx, payment.id, { refundedAmount, status });
}
