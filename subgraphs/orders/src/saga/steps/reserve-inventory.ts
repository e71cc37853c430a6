import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';

/** Holds stock for every line until the order is confirmed or the hold expires; undone by releasing the hold. */
export const reserveInventory = defineStep({
  name: 'reserve-inventory',
  description: 'Holds stock for every line until the order is confirmed or the hold expires.',
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('inventory.reserve', {
      orderId: input.orderId,
      lines: input.lines,
      ttlSeconds: input.reservationTtlSeconds,
    }),
  result: (reply: EventPayloads['inventory.reserved']) =>
    stepResponse({ reservationIds: reply.reservationIds }, { orderId: reply.orderId }),
  compensate: (undo: { orderId: string }): SagaCommand =>
    command('inventory.release', { orderId: undo.orderId, reason: 'order cancelled' }),
});
