import type { CommandPayloads } from '@msa/events';
import { DUPLICATE_MESSAGE, inTransactionOnce, wasProcessed, type PaymentsTx } from '../data/database';
import { lockPayment, updatePayment, type PaymentRow } from '../data/payment.repo';
import { idempotencyKeys } from '../domain/idempotency-keys';
import { decideCapture, isCaptured } from '../domain/payment-status';
import type { CaptureResult } from '../provider/card-provider';
import {
  callProvider,
  paymentForCommand,
  PaymentNotReadyError,
  type MessageOptions,
  type PaymentDeps,
} from './payment-deps';
import { publishCaptured, publishCaptureFailed } from './payment-replies';

export type CaptureOutcome =
  | { kind: 'captured'; payment: PaymentRow }
  | { kind: 'failed'; payment: PaymentRow; reason: string }
  | { kind: 'duplicate' };

/**
 * payments.capture: takes the authorized amount. Only an AUTHORIZED payment is sent to the provider, with
 * the key `<paymentId>:capture`; the answer is stored under the row lock only if the payment is still
 * AUTHORIZED. Two deliveries racing each other both reach the provider with the same key and get one
 * capture; whichever stores second finds CAPTURED and changes nothing. A payment is never captured twice.
 */
export async function capturePayment(
  deps: PaymentDeps,
  command: CommandPayloads['payments.capture'],
  options: MessageOptions = {},
): Promise<CaptureOutcome> {
  if (await wasProcessed(deps.db, options.messageId)) return { kind: 'duplicate' };
  const payment = await paymentForCommand(deps, command.orderId, 'capture');
  const decision = decideCapture(payment.status);
  if (decision.kind === 'not-yet-authorized') {
    throw new PaymentNotReadyError(`The payment of order ${command.orderId} is still being authorized`);
  }
  const answer =
    decision.kind === 'capture'
      ? await callProvider(deps, 'capture', () =>
          deps.provider.capture({
            idempotencyKey: idempotencyKeys.capture(payment.id),
            chargeId: payment.providerChargeId!,
            amount: payment.amount,
          }),
        )
      : null;

  const outcome = await inTransactionOnce(deps.db, options.messageId, async (tx) => {
    let current = (await lockPayment(tx, { id: payment.id }))!;
    if (answer && current.status === 'AUTHORIZED') current = await recordCaptureAnswer(tx, current, answer);
    return reply(tx, current);
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}

/** Stores the provider's answer to a capture: CAPTURED with the amount taken, or FAILED with the decline. */
export function recordCaptureAnswer(
  tx: PaymentsTx,
  payment: PaymentRow,
  answer: CaptureResult,
): Promise<PaymentRow> {
  return answer.ok
    ? updatePayment(tx, payment.id, {
        status: 'CAPTURED',
        capturedAmount: answer.amountCaptured,
        capturedAt: new Date(),
      })
    : updatePayment(tx, payment.id, {
        status: 'FAILED',
        failureCode: answer.code,
        failureReason: answer.message,
      });
}

async function reply(tx: PaymentsTx, payment: PaymentRow): Promise<CaptureOutcome> {
  if (isCaptured(payment.status)) {
    await publishCaptured(tx, payment);
    return { kind: 'captured', payment };
  }
  const decision = decideCapture(payment.status);
  if (decision.kind !== 'cannot-capture') {
    // PENDING or AUTHORIZED without a provider answer: nothing to report yet, so the queue retries later.
    throw new PaymentNotReadyError(`The payment of order ${payment.orderId} is ${payment.status}`);
  }
  const reason = payment.failureReason ?? decision.reason;
  await publishCaptureFailed(tx, payment, reason);
  return { kind: 'failed', payment, reason };
}
