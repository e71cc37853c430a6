import { publishEvent, sendCommand } from '@msa/events';
import type { SagaAction } from '@msa/saga';
import type { OrdersTx } from '../data/database';
import type { LockedOrder } from '../data/order.repo';
import { cancellationNote } from '../domain/cancellation';
import { paymentFailedNote } from '../domain/payment-failure';
import { canTransition } from '../domain/order-status';
import type { SagaCommand } from '../saga/saga-command';
import { catchUpWithShipment, changeOrderStatus } from './order-status-change';

const CONFIRMED_NOTE = 'Paid, shipment booked and stock committed; the order is confirmed.';

/** Sends a saga's commands through the outbox, in the order the runner asked for them. */
export async function sendSagaCommands(
  tx: OrdersTx,
  actions: readonly SagaAction<SagaCommand>[],
): Promise<void> {
  for (const action of actions) {
    if (action.type === 'invoke' || action.type === 'compensate')
      await sendCommand(tx, action.command.name, action.command.payload as never);
  }
}

/**
 * Performs a checkout saga transition's actions inside the transaction that persists the new saga state:
 * commands go to the outbox, outcomes become order status changes. Either all of it commits or none, which
 * is what makes a restarted service resume exactly where it stopped.
 */
export async function performSagaActions(
  tx: OrdersTx,
  order: LockedOrder,
  actions: readonly SagaAction<SagaCommand>[],
): Promise<void> {
  for (const action of actions) {
    switch (action.type) {
      case 'invoke':
      case 'compensate':
        await sendSagaCommands(tx, [action]);
        break;
      case 'complete':
        await changeOrderStatus(tx, order, 'CONFIRMED', CONFIRMED_NOTE);
        await publishConfirmed(tx, order);
        // The carrier may have reported progress before the last step of checkout finished.
        await catchUpWithShipment(tx, order);
        break;
      case 'fail':
        // The order may already be past the point of cancelling by other means; the saga still unwinds.
        if (canTransition(order.status, 'CANCELLED'))
          await changeOrderStatus(tx, order, 'CANCELLED', cancellationNote(action.reason), action.reason);
        break;
      case 'hold':
        // Only the authorization holds: a declined card waits for retryPayment with the stock still reserved.
        if (canTransition(order.status, 'PAYMENT_FAILED'))
          await changeOrderStatus(
            tx,
            order,
            'PAYMENT_FAILED',
            paymentFailedNote(action.reason),
            undefined,
            action.reason,
          );
        break;
    }
  }
}

/** order.confirmed: what the order bought leaves the cart it was placed from (only now, not at checkout). */
async function publishConfirmed(tx: OrdersTx, order: LockedOrder): Promise<void> {
  const lines = await tx.orderLine.findMany({
    where: { orderId: order.id },
    orderBy: { position: 'asc' },
    select: { variantId: true, quantity: true },
  });
  await publishEvent(tx, 'order.confirmed', {
    orderId: order.id,
    customerId: order.customerId,
    cartId: order.cartId,
    lines,
  });
}
