import {
  DUPLICATE_MESSAGE,
  inTransaction,
  inTransactionOnce,
  wasProcessed,
  type PaymentsTx,
} from '../data/database';
import { lockPayment, type PaymentRow } from '../data/payment.repo';
import {
  findRefund,
  findRefundsOfPayment,
  insertRefund,
  updateRefund,
  type RefundRow,
} from '../data/refund.repo';
import { idempotencyKeys } from '../domain/idempotency-keys';
import { planRefund, type RefundRefusalCode } from '../domain/refund-ledger';
import { isTransientProviderError, type RefundResult } from '../provider/card-provider';
import { callProvider, PaymentNotReadyError, type MessageOptions, type PaymentDeps } from './payment-deps';
import { publishRefunded, publishRefundFailed } from './payment-replies';
import { addRefundedAmount } from './refunded-total';

export interface RefundInput {
  target: { paymentId: string } | { orderId: string };
  /** The refund's id; commands derive it from their business key so a repeated command finds its refund. */
  refundId: string;
  amount: number;
  reason: string;
  returnId: string | null;
  source: 'ADMIN' | 'COMMAND';
  actorId: string | null;
  /**
   * The refund id came from the caller's idempotency key: an existing refund of that id is this request
   * again only if it asks for the same amount; otherwise the key was reused for another refund.
   */
  keyed?: boolean;
}

export interface RefundOptions extends MessageOptions {
  /**
   * 'retry-later' (commands) rethrows a provider that stays unavailable, so the queue retries later with the
   * same key; 'fail' (an admin waiting for an answer) records the refund as FAILED.
   */
  whenProviderUnavailable: 'retry-later' | 'fail';
  /** Commands answer failures with payment.refund_failed; an admin reads them in the mutation's payload. */
  publishFailures: boolean;
}

export type RefundOutcome =
  | { kind: 'refunded'; payment: PaymentRow; refund: RefundRow }
  | { kind: 'declined'; payment: PaymentRow; refund: RefundRow; code: string; message: string }
  | {
      kind: 'refused';
      payment: PaymentRow;
      code: RefundRefusalCode | 'IDEMPOTENCY_KEY_REUSED';
      message: string;
    }
  | { kind: 'no-payment' }
  | { kind: 'duplicate' };

type Refusal = Extract<RefundOutcome, { kind: 'refused' | 'no-payment' }>;
type Opened = { kind: 'open'; payment: PaymentRow; refund: RefundRow } | Refusal;
type ProviderAnswer = RefundResult | { ok: false; code: 'PROVIDER_UNAVAILABLE'; message: string };

/**
 * Refunds captured money. Three steps:
 * 1. under the payment's row lock, the ledger check (planRefund counts pending refunds as spent) and the
 *    refund row, PENDING, in one transaction: concurrent refunds can never together exceed the capture;
 * 2. the provider call with the key `<refundId>:refund`;
 * 3. under the lock again, the refund settles (SUCCEEDED or FAILED), the payment's refunded total and
 *    status follow, and the event is written.
 * A repeated command finds its refund by id and resumes wherever the earlier attempt stopped.
 */
export async function refundPayment(
  deps: PaymentDeps,
  input: RefundInput,
  options: RefundOptions,
): Promise<RefundOutcome> {
  if (await wasProcessed(deps.db, options.messageId)) return { kind: 'duplicate' };
  const opened = await inTransaction(deps.db, (tx) => openRefund(tx, input));
  const answer =
    opened.kind === 'open' && opened.refund.status === 'PENDING'
      ? await askProvider(deps, opened, options)
      : null;

  const outcome = await inTransactionOnce(deps.db, options.messageId, async (tx): Promise<RefundOutcome> => {
    if (opened.kind !== 'open') {
      if (options.publishFailures) await publishRefusal(tx, input, opened);
      return opened;
    }
    const payment = (await lockPayment(tx, { id: opened.payment.id }))!;
    const refund = (await findRefund(tx, opened.refund.id))!;
    const settled =
      answer && refund.status === 'PENDING' ? await settle(tx, payment, refund, answer) : { payment, refund };
    return reply(tx, settled.payment, settled.refund, options);
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}

async function openRefund(tx: PaymentsTx, input: RefundInput): Promise<Opened> {
  const payment = await lockPayment(
    tx,
    'paymentId' in input.target ? { id: input.target.paymentId } : input.target,
  );
  if (!payment) return { kind: 'no-payment' };
  const existing = await findRefund(tx, input.refundId);
  if (existing && input.keyed && (existing.paymentId !== payment.id || existing.amount !== input.amount))
    return {
      kind: 'refused',
      payment,
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: `This idempotency key was already used for a refund of ${existing.amount} on this payment; use a new key for a new refund.`,
    };
  if (existing) return { kind: 'open', payment, refund: existing };
  const plan = planRefund(payment, await findRefundsOfPayment(tx, payment.id), input.amount);
  if (!plan.ok) return { kind: 'refused', payment, code: plan.code, message: plan.message };
  const refund = await insertRefund(tx, {
    id: input.refundId,
    paymentId: payment.id,
    amount: input.amount,
    reason: input.reason,
    source: input.source,
    returnId: input.returnId,
    actorId: input.actorId,
  });
  return { kind: 'open', payment, refund };
}

async function askProvider(
  deps: PaymentDeps,
  opened: { payment: PaymentRow; refund: RefundRow },
  options: RefundOptions,
): Promise<ProviderAnswer> {
  try {
    return await callProvider(deps, 'refund', () =>
      deps.provider.refund({
        idempotencyKey: idempotencyKeys.refund(opened.refund.id),
        chargeId: opened.payment.providerChargeId!,
        amount: opened.refund.amount,
      }),
    );
  } catch (error) {
    if (!isTransientProviderError(error) || options.whenProviderUnavailable === 'retry-later') throw error;
    return { ok: false, code: 'PROVIDER_UNAVAILABLE', message: error.message };
  }
}

async function settle(tx: PaymentsTx, payment: PaymentRow, refund: RefundRow, answer: ProviderAnswer) {
  if (!answer.ok) {
    const failed = await updateRefund(tx, refund.id, {
      status: 'FAILED',
      failureCode: answer.code,
      failureReason: answer.message,
    });
    return { payment, refund: failed };
  }
  return {
    refund: await updateRefund(tx, refund.id, {
      status: 'SUCCEEDED',
      providerRefundId: answer.providerRefundId,
    }),
    payment: await addRefundedAmount(tx, payment, refund.amount),
  };
}

async function reply(
  tx: PaymentsTx,
  payment: PaymentRow,
  refund: RefundRow,
  options: RefundOptions,
): Promise<RefundOutcome> {
  if (refund.status === 'SUCCEEDED') {
    await publishRefunded(tx, payment, refund);
    return { kind: 'refunded', payment, refund };
  }
  if (refund.status === 'PENDING') {
    // Settling always follows a provider answer, so this only guards the types; retrying later is safe.
    throw new PaymentNotReadyError(`Refund ${refund.id} is still in progress`);
  }
  const code = refund.failureCode ?? 'REFUND_FAILED';
  const message = refund.failureReason ?? 'The refund failed';
  if (options.publishFailures) {
    await publishRefundFailed(tx, refund.id, {
      orderId: payment.orderId,
      paymentId: payment.id,
      returnId: refund.returnId,
      reason: `${code}: ${message}`,
    });
  }
  return { kind: 'declined', payment, refund, code, message };
}

function publishRefusal(tx: PaymentsTx, input: RefundInput, refusal: Refusal): Promise<string> {
  const orderId =
    refusal.kind === 'refused'
      ? refusal.payment.orderId
      : 'orderId' in input.target
        ? input.target.orderId
        : '';
  return publishRefundFailed(tx, input.refundId, {
    orderId,
    paymentId: refusal.kind === 'refused' ? refusal.payment.id : null,
    returnId: input.returnId,
    reason:
      refusal.kind === 'refused'
        ? `${refusal.code}: ${refusal.message}`
        : 'NO_PAYMENT: The order has no payment to refund',
  });
}
