import type { OrderLineRef } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';
import { reserveInventory } from './reserve-inventory';

/**
 * Commits the held stock (it leaves the shelf). Nothing waits on it: the order is confirmed in the
 * transaction that sends inventory.commit (the stock is held for the order, paid and booked for shipping,
 * and only the commit can follow), and inventory.committed is recorded when it comes. A commit that is never
 * acknowledged is sent again by the saga watchdog for as long as it takes (inventory commits idempotently),
 * and a commit inventory cannot handle ends in its dead-letter queue, where an administrator sees it.
 * The commit turns the reservation into a sale, so this step absorbs reserve-inventory: undoing a confirmed
 * order restocks the units instead of releasing a hold that no longer exists, and an order cancelled while
 * the commit is in flight waits for it before undoing the stock.
 */
export const confirmOrder = defineStep({
  name: 'confirm-order',
  description: 'Commits the held stock, without holding up the confirmation of the order.',
  absorbs: [reserveInventory],
  background: true,
  replies: { succeeded: 'inventory.committed', compensated: 'inventory.restocked' },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('inventory.commit', { orderId: input.orderId }),
  result: (_reply: unknown, { input }: { input: CheckoutSagaInput }) =>
    stepResponse(undefined, { orderId: input.orderId, lines: input.lines }),
  compensate: (undo: { orderId: string; lines: OrderLineRef[] }): SagaCommand =>
    command('inventory.restock', { orderId: undo.orderId, lines: undo.lines, reason: 'order cancelled' }),
});
