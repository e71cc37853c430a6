import type { OrderLineRef } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';
import { reserveInventory } from './reserve-inventory';

/**
 * Commits the held stock (it leaves the shelf); the order is confirmed when inventory says it is committed.
 * The commit turns the reservation into a sale, so this step absorbs reserve-inventory: undoing a confirmed
 * order restocks the units instead of releasing a hold that no longer exists.
 */
export const confirmOrder = defineStep({
  name: 'confirm-order',
  description: 'Commits the held stock; the order is confirmed once inventory has committed it.',
  absorbs: [reserveInventory],
  replies: { succeeded: 'inventory.committed', compensated: 'inventory.restocked' },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('inventory.commit', { orderId: input.orderId }),
  result: (_reply: unknown, { input }: { input: CheckoutSagaInput }) =>
    stepResponse(undefined, { orderId: input.orderId, lines: input.lines }),
  compensate: (undo: { orderId: string; lines: OrderLineRef[] }): SagaCommand =>
    command('inventory.restock', { orderId: undo.orderId, lines: undo.lines, reason: 'order cancelled' }),
});
