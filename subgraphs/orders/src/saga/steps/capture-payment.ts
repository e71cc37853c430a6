import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';

/**
 * Takes the authorized money. The capture consumes the authorization, so this step absorbs
 * authorize-payment: once captured the order is undone by a refund of what was captured, never by a void.
 * The capture command is sent once, on the transition out of authorize-payment; a redelivered
 * payment.authorized finds the step no longer waiting and sends nothing.
 */
export const capturePayment = defineStep({
  name: 'capture-payment',
  description: 'Captures the authorized payment.',
  absorbs: ['authorize-payment'],
  when: ({ input }: { input: CheckoutSagaInput }) => input.amount > 0,
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
