import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import { CancellationReason } from '../../domain/cancellation';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';
import { authorizePayment, type AuthorizedPayment } from './authorize-payment';

/**
 * Takes the authorized money. The capture consumes the authorization, so this step absorbs
 * authorize-payment: once captured the order is undone by a refund of what was captured, never by a void.
 * The capture command is sent once, on the transition out of authorize-payment; a redelivered
 * payment.authorized finds the step no longer waiting and sends nothing.
 */
/**
 * A refund that keeps failing is not asked for again and again: after this many attempts the saga stays
 * compensating for an administrator, who refunds through payments (payments retries transient provider
 * failures itself, so a refund_failed reply is rarely worth repeating). A refund an administrator made
 * outside the saga matches no waiting compensation and changes nothing.
 */
export const MAX_REFUND_ATTEMPTS = 3;

export const capturePayment = defineStep({
  name: 'capture-payment',
  description: 'Captures the authorized payment.',
  absorbs: [authorizePayment],
  replies: {
    succeeded: 'payment.captured',
    failed: { event: 'payment.capture_failed', reason: () => CancellationReason.PAYMENT_CAPTURE_FAILED },
    compensated: 'payment.refunded',
    compensationFailed: {
      event: 'payment.refund_failed',
      reason: (payload: EventPayloads['payment.refund_failed']) => payload.reason,
      maxAttempts: MAX_REFUND_ATTEMPTS,
    },
  },
  when: ({ input }: { input: CheckoutSagaInput }) => input.amount > 0,
  // Payments captured as it authorized (payments.authorize with `capture`): no capture command to send.
  doneAhead: ({ input, outputs }): EventPayloads['payment.captured'] | null => {
    const authorized = outputs[authorizePayment.name] as AuthorizedPayment | undefined;
    if (!authorized?.captured) return null;
    const { paymentId, amount, currency } = authorized;
    return { orderId: input.orderId, paymentId, amount, currency };
  },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('payments.capture', { orderId: input.orderId }),
  result: (reply: EventPayloads['payment.captured']) =>
    stepResponse(
      { paymentId: reply.paymentId, amount: reply.amount },
      { orderId: reply.orderId, amount: reply.amount },
    ),
  compensate: (undo: { orderId: string; amount: number }): SagaCommand =>
    command('payments.refund', {
      orderId: undo.orderId,
      amount: undo.amount,
      reason: 'order cancelled',
      returnId: null,
    }),
});
