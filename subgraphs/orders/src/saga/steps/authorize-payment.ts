import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import { CancellationReason } from '../../domain/cancellation';
import type { CheckoutSagaInput } from '../checkout-input';
import { failureCode } from '../failure-codes';
import { command, type SagaCommand } from '../saga-command';

/**
 * Places a hold on the customer's card for the order total; undone by voiding the authorization. A decline
 * holds the saga (the order turns PAYMENT_FAILED) until the customer retries with another payment method,
 * for the payment retry window at most (PAYMENT_RETRY_WINDOW_SECONDS overrides the default here).
 */
export const DEFAULT_PAYMENT_RETRY_WINDOW_MS = 15 * 60_000;

/** What authorize-payment records of its reply (outputs of sagas started before `captured` lack it). */
export interface AuthorizedPayment {
  paymentId: string;
  captured?: boolean;
  amount: number;
  currency: string;
}

export const authorizePayment = defineStep({
  name: 'authorize-payment',
  description: 'Authorizes the order total on the customer’s payment method.',
  replies: {
    succeeded: 'payment.authorized',
    // A decline is not the end of the order: the saga holds (stock still reserved) for a retryPayment.
    held: {
      event: 'payment.authorization_failed',
      reason: (payload: EventPayloads['payment.authorization_failed']) =>
        failureCode(payload.code, CancellationReason.PAYMENT_DECLINED),
    },
    // A void also happens outside the saga (the authorization expiring at the provider): either way the
    // effect is gone and must not be undone.
    undone: { event: 'payment.voided' },
  },
  when: ({ input }: { input: CheckoutSagaInput }) => input.amount > 0,
  deadline: {
    heldForMs: DEFAULT_PAYMENT_RETRY_WINDOW_MS,
    lapseReason: CancellationReason.PAYMENT_RETRY_EXPIRED,
    timeoutReason: CancellationReason.STEP_TIMED_OUT,
  },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('payments.authorize', {
      orderId: input.orderId,
      customerId: input.customerId,
      amount: input.amount,
      currency: input.currency,
      paymentToken: input.paymentToken,
      attempt: input.paymentAttempt ?? 1,
      // Nothing runs between authorizing and capturing, so payments captures at once when it can.
      capture: true,
    }),
  // A reply that says captured carries what capture-payment would have answered (see its doneAhead).
  result: (reply: EventPayloads['payment.authorized']) =>
    stepResponse<AuthorizedPayment, { orderId: string }>(
      {
        paymentId: reply.paymentId,
        captured: reply.captured === true,
        amount: reply.amount,
        currency: reply.currency,
      },
      { orderId: reply.orderId },
    ),
  compensate: (undo: { orderId: string }): SagaCommand =>
    command('payments.void', { orderId: undo.orderId, reason: 'order cancelled' }),
});
