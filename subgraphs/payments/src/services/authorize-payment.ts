import { customerAfterClaim } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { DUPLICATE_MESSAGE, inTransactionOnce, wasProcessed, type PaymentsTx } from '../data/database';
import {
  createPendingPayment,
  lockPayment,
  reopenDeclinedPayment,
  updatePayment,
  type PaymentRow,
} from '../data/payment.repo';
import { authorizeCommandProblem, type AuthorizeCommand } from '../domain/authorize-command';
import { idempotencyKeys } from '../domain/idempotency-keys';
import { decideAuthorize } from '../domain/payment-status';
import {
  isTransientProviderError,
  type AuthorizeResult,
  type CaptureResult,
} from '../provider/card-provider';
import { recordCaptureAnswer } from './capture-payment';
import { callProvider, type MessageOptions, type PaymentDeps } from './payment-deps';
import { publishAuthorizationFailed, publishAuthorized, publishCaptured } from './payment-replies';

export type AuthorizeOutcome =
  | { kind: 'authorized'; payment: PaymentRow }
  | { kind: 'failed'; payment: PaymentRow | null; code: string; reason: string }
  | { kind: 'duplicate' };

/**
 * payments.authorize: holds the order's amount on the card. The payment row is created PENDING first, then
 * the provider is asked with the key `<orderId>:authorize`, then the answer is stored and replied under the
 * row lock. A crash or a second delivery anywhere in between asks the provider again with the same key and
 * gets the same answer, so a card is authorized at most once per order.
 *
 * After a decline the order may be paid again (retryPayment): the command then carries a higher `attempt`,
 * which reopens the declined payment for a fresh authorization under the key `<orderId>:authorize:<attempt>`.
 * A command of an older attempt than the payment's is superseded and changes nothing.
 */
export async function authorizePayment(
  deps: PaymentDeps,
  command: AuthorizeCommand,
  options: MessageOptions = {},
): Promise<AuthorizeOutcome> {
  if (await wasProcessed(deps.db, options.messageId)) return { kind: 'duplicate' };
  const problem = authorizeCommandProblem(command);
  const attempt = command.attempt ?? 1;
  if (problem) {
    return finish(deps, options, async (tx) => {
      const failure = { orderId: command.orderId, paymentId: null, code: 'INVALID_REQUEST', reason: problem };
      await publishAuthorizationFailed(tx, failure, attempt);
      return { kind: 'failed', payment: null, code: failure.code, reason: problem };
    });
  }

  // A guest order claimed before its payment exists: the payment is the claimant's from the start.
  let payment = await deps.db.$transaction(async (tx) =>
    createPendingPayment(tx, {
      orderId: command.orderId,
      customerId: await customerAfterClaim(claimedOrders, tx, command.orderId, command.customerId),
      amount: command.amount,
      currency: command.currency,
      authorizationAttempt: attempt,
    }),
  );
  if (attempt > payment.authorizationAttempt) {
    const id = payment.id;
    payment = await deps.db.$transaction((tx) => reopenDeclinedPayment(tx, id, attempt));
  }
  if (attempt < payment.authorizationAttempt) return { kind: 'duplicate' };
  const answer =
    decideAuthorize(payment.status).kind === 'authorize'
      ? await callProvider(deps, 'authorize', () =>
          deps.provider.authorize({
            idempotencyKey: idempotencyKeys.authorize(payment.orderId, payment.authorizationAttempt),
            token: command.paymentToken,
            amount: payment.amount,
            currency: payment.currency,
            reference: payment.orderId,
          }),
        )
      : null;
  // The card is authorized at the provider but not yet here: where a crash test kills the process.
  if (answer?.ok) deps.crashAt?.('payments.after-authorize');
  const capture =
    answer?.ok && command.capture ? await captureRightAway(deps, payment, answer.chargeId) : null;

  return finish(deps, options, async (tx) => {
    let current = (await lockPayment(tx, { id: payment.id }))!;
    if (answer && current.status === 'PENDING') current = await recordAnswer(tx, current, answer);
    const capturedHere = capture !== null && current.status === 'AUTHORIZED';
    if (capturedHere) current = await recordCaptureAnswer(tx, current, capture);
    return reply(tx, current, capturedHere);
  });
}

/**
 * The capture of an authorization whose command asked to capture at once, under the key a payments.capture
 * command would use, so the provider captures at most once whichever asks. Null when it did not go through
 * (declined, or the provider unavailable): the payment stays AUTHORIZED and the saga's payments.capture
 * command takes it from there (it gets the stored decline, or retries).
 */
async function captureRightAway(
  deps: PaymentDeps,
  payment: PaymentRow,
  chargeId: string,
): Promise<Extract<CaptureResult, { ok: true }> | null> {
  try {
    const answer = await deps.provider.capture({
      idempotencyKey: idempotencyKeys.capture(payment.id),
      chargeId,
      amount: payment.amount,
    });
    return answer.ok ? answer : null;
  } catch (error) {
    if (!isTransientProviderError(error)) throw error;
    deps.logger?.warn(
      { err: error, orderId: payment.orderId },
      'capture at authorization failed; left to the capture command',
    );
    return null;
  }
}

function recordAnswer(tx: PaymentsTx, payment: PaymentRow, answer: AuthorizeResult): Promise<PaymentRow> {
  const card = answer.card ? { cardBrand: answer.card.brand, cardLast4: answer.card.last4 } : {};
  return answer.ok
    ? updatePayment(tx, payment.id, {
        status: 'AUTHORIZED',
        providerChargeId: answer.chargeId,
        authorizedAt: new Date(),
        ...card,
      })
    : updatePayment(tx, payment.id, {
        status: 'FAILED',
        failureCode: answer.code,
        failureReason: answer.message,
        ...card,
      });
}

/**
 * A payment that failed after its authorization (e.g. at capture) was authorized: that is the answer. A capture
 * made by this command is reported with it, in the same transaction.
 */
async function reply(tx: PaymentsTx, payment: PaymentRow, capturedHere = false): Promise<AuthorizeOutcome> {
  if (payment.status === 'FAILED' && payment.authorizedAt === null) {
    const code = payment.failureCode ?? 'AUTHORIZATION_FAILED';
    const reason = payment.failureReason ?? 'The payment failed';
    await publishAuthorizationFailed(
      tx,
      { orderId: payment.orderId, paymentId: payment.id, code, reason },
      payment.authorizationAttempt,
    );
    return { kind: 'failed', payment, code, reason };
  }
  await publishAuthorized(tx, payment, capturedHere);
  if (capturedHere) await publishCaptured(tx, payment);
  return { kind: 'authorized', payment };
}

async function finish(
  deps: PaymentDeps,
  options: MessageOptions,
  work: (tx: PaymentsTx) => Promise<AuthorizeOutcome>,
): Promise<AuthorizeOutcome> {
  const outcome = await inTransactionOnce(deps.db, options.messageId, work);
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
