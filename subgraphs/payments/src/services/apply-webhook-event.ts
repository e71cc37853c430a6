import { inTransaction, type PaymentsDb, type PaymentsTx } from '../data/database';
import { lockPayment, updatePayment, type PaymentRow } from '../data/payment.repo';
import { findRefundByProviderId, findRefundsOfPayment, insertRefund } from '../data/refund.repo';
import { claimWebhookEvent, recordWebhookOutcome } from '../data/webhook-event.repo';
import { isCaptured } from '../domain/payment-status';
import { planRefund } from '../domain/refund-ledger';
import { stableId } from '../domain/stable-id';
import type { WebhookEvent } from '../domain/webhook-event';
import { publishCaptured, publishCaptureFailed, publishRefunded } from './payment-replies';
import { addRefundedAmount } from './refunded-total';

export type WebhookOutcome =
  | { kind: 'applied' }
  | { kind: 'ignored'; reason: string }
  | { kind: 'duplicate' }
  /** Not recorded: the provider retries, e.g. once the authorization that created the charge is stored. */
  | { kind: 'unknown-charge' }
  /** Not recorded: the event contradicts the ledger or must wait for a refund in flight. */
  | { kind: 'conflict'; reason: string };

type Effect = { applied: true } | { applied: false; reason: string };

/** Rolls the transaction back (the event id with it) so the provider's retry is processed afresh. */
class RejectedEvent extends Error {
  constructor(readonly outcome: Extract<WebhookOutcome, { kind: 'unknown-charge' | 'conflict' }>) {
    super(outcome.kind);
  }
}

/**
 * Applies a verified provider event once: its id is claimed in the same transaction as its effect, so a
 * replayed delivery changes nothing. Events that do not fit the payment's state (a capture of a voided
 * payment) are acknowledged and ignored; retrying them could never help.
 */
export async function applyWebhookEvent(db: PaymentsDb, event: WebhookEvent): Promise<WebhookOutcome> {
  try {
    return await inTransaction(db, async (tx): Promise<WebhookOutcome> => {
      if (!(await claimWebhookEvent(tx, event.id, event.type))) return { kind: 'duplicate' };
      const payment = await lockPayment(tx, { providerChargeId: event.data.chargeId });
      if (!payment) throw new RejectedEvent({ kind: 'unknown-charge' });
      const effect = await applyTo(tx, payment, event);
      await recordWebhookOutcome(tx, event.id, { paymentId: payment.id, applied: effect.applied });
      return effect.applied ? { kind: 'applied' } : { kind: 'ignored', reason: effect.reason };
    });
  } catch (error) {
    if (error instanceof RejectedEvent) return error.outcome;
    throw error;
  }
}

function applyTo(tx: PaymentsTx, payment: PaymentRow, event: WebhookEvent): Promise<Effect> {
  switch (event.type) {
    case 'charge.captured':
      return chargeCaptured(tx, payment, event.data.amount ?? payment.amount);
    case 'charge.failed':
      return chargeFailed(
        tx,
        payment,
        event.data.code,
        event.data.message ?? 'The provider failed the charge',
      );
    case 'charge.refunded':
      return chargeRefunded(tx, payment, event.data);
  }
}

async function chargeCaptured(tx: PaymentsTx, payment: PaymentRow, amount: number): Promise<Effect> {
  if (payment.status !== 'AUTHORIZED') return { applied: false, reason: `The payment is ${payment.status}` };
  if (amount > payment.amount) {
    throw new RejectedEvent({
      kind: 'conflict',
      reason: `Captured ${amount} exceeds the ${payment.amount} authorized`,
    });
  }
  const captured = await updatePayment(tx, payment.id, {
    status: 'CAPTURED',
    capturedAmount: amount,
    capturedAt: new Date(),
  });
  await publishCaptured(tx, captured);
  return { applied: true };
}

/** An authorization the provider gave up on (expired, reversed): the order can no longer be paid with it. */
async function chargeFailed(
  tx: PaymentsTx,
  payment: PaymentRow,
  code: string,
  message: string,
): Promise<Effect> {
  if (payment.status !== 'AUTHORIZED') return { applied: false, reason: `The payment is ${payment.status}` };
  const failed = await updatePayment(tx, payment.id, {
    status: 'FAILED',
    failureCode: code,
    failureReason: message,
  });
  await publishCaptureFailed(tx, failed, message);
  return { applied: true };
}

/** A refund made on the provider's side (its dashboard) enters the ledger like any other. */
async function chargeRefunded(
  tx: PaymentsTx,
  payment: PaymentRow,
  data: { refundId: string; amount: number; reason?: string | undefined },
): Promise<Effect> {
  if (await findRefundByProviderId(tx, data.refundId))
    return { applied: false, reason: 'The refund is already recorded' };
  const refunds = await findRefundsOfPayment(tx, payment.id);
  if (refunds.some((refund) => refund.status === 'PENDING')) {
    // It may be the provider's report of that very refund, whose answer has not been stored yet.
    throw new RejectedEvent({
      kind: 'conflict',
      reason: 'A refund of this payment is in progress; retry later',
    });
  }
  if (!isCaptured(payment.status)) return { applied: false, reason: `The payment is ${payment.status}` };
  const plan = planRefund(payment, refunds, data.amount);
  if (!plan.ok) throw new RejectedEvent({ kind: 'conflict', reason: `${plan.code}: ${plan.message}` });
  const refund = await insertRefund(tx, {
    id: stableId('provider-refund', data.refundId),
    paymentId: payment.id,
    amount: data.amount,
    reason: data.reason ?? 'Refunded at the provider',
    status: 'SUCCEEDED',
    source: 'PROVIDER',
    providerRefundId: data.refundId,
  });
  const updated = await addRefundedAmount(tx, payment, data.amount);
  await publishRefunded(tx, updated, refund);
  return { applied: true };
}
