import { publishEvent } from '@msa/events';
import type { PaymentRow } from '../data/payment.repo';
import type { PaymentsTx } from '../data/database';
import type { RefundRow } from '../data/refund.repo';
import { stableId } from '../domain/stable-id';

/**
 * The events this service publishes, each with an id derived from what it reports. Answering the same
 * command again (a redelivery, a saga re-sending after a restart) writes the same outbox row, which the
 * database ignores: a payment is reported authorized, captured or voided once, a refund refunded once.
 */

/** `captured`: the authorization's own command captured the amount too. */
export function publishAuthorized(tx: PaymentsTx, payment: PaymentRow, captured = false): Promise<string> {
  return publishEvent(
    tx,
    'payment.authorized',
    {
      orderId: payment.orderId,
      paymentId: payment.id,
      amount: payment.amount,
      currency: payment.currency,
      ...(captured ? { captured: true } : {}),
    },
    stableId('payment.authorized', payment.id),
  );
}

/** One failure per authorization attempt: a retry after a decline is reported afresh. */
export function publishAuthorizationFailed(
  tx: PaymentsTx,
  failure: { orderId: string; paymentId: string | null; code: string; reason: string },
  attempt = 1,
): Promise<string> {
  const subject = failure.paymentId ?? `order:${failure.orderId}`;
  return publishEvent(
    tx,
    'payment.authorization_failed',
    failure,
    attempt > 1
      ? stableId('payment.authorization_failed', subject, String(attempt))
      : stableId('payment.authorization_failed', subject),
  );
}

export function publishCaptured(tx: PaymentsTx, payment: PaymentRow): Promise<string> {
  return publishEvent(
    tx,
    'payment.captured',
    {
      orderId: payment.orderId,
      paymentId: payment.id,
      amount: payment.capturedAmount,
      currency: payment.currency,
    },
    stableId('payment.captured', payment.id),
  );
}

export function publishCaptureFailed(tx: PaymentsTx, payment: PaymentRow, reason: string): Promise<string> {
  return publishEvent(
    tx,
    'payment.capture_failed',
    { orderId: payment.orderId, paymentId: payment.id, reason },
    stableId('payment.capture_failed', payment.id),
  );
}

export function publishVoided(tx: PaymentsTx, payment: PaymentRow): Promise<string> {
  return publishEvent(
    tx,
    'payment.voided',
    { orderId: payment.orderId, paymentId: payment.id },
    stableId('payment.voided', payment.id),
  );
}

export function publishRefunded(tx: PaymentsTx, payment: PaymentRow, refund: RefundRow): Promise<string> {
  return publishEvent(
    tx,
    'payment.refunded',
    {
      orderId: payment.orderId,
      paymentId: payment.id,
      refundId: refund.id,
      amount: refund.amount,
      currency: payment.currency,
      returnId: refund.returnId,
    },
    stableId('payment.refunded', refund.id),
  );
}

/** `refundId` is the refund the command asked for (derived from the command), recorded or not. */
export function publishRefundFailed(
  tx: PaymentsTx,
  refundId: string,
  failure: { orderId: string; paymentId: string | null; returnId: string | null; reason: string },
): Promise<string> {
  return publishEvent(tx, 'payment.refund_failed', failure, stableId('payment.refund_failed', refundId));
}
