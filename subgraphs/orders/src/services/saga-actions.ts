import { publishEvent, sendCommand } from '@msa/events';
import type { SagaAction } from '@msa/saga';
import type { OrdersTx } from '../data/database';
import { recordStatusChange, type LockedOrder } from '../data/order.repo';
import { cancellationNote } from '../domain/cancellation';
import { assertTransition, canTransition, type OrderStatus } from '../domain/order-status';
import type { SagaCommand } from '../saga/saga-command';

const CONFIRMED_NOTE = 'Stock committed; the order is confirmed.';

/**
 * Performs a saga transition's actions inside the transaction that persists the new saga state: commands go
 * to the outbox, outcomes become order status changes. Either all of it commits or none, which is what makes
 * a restarted service resume exactly where it stopped. Returns the order's status afterwards.
 */
export async function performSagaActions(
  tx: OrdersTx,
  order: LockedOrder,
  actions: readonly SagaAction<SagaCommand>[],
): Promise<OrderStatus> {
  let status = order.status;
  const changeStatus = async (to: OrderStatus, note: string, cancellationReason?: string) => {
    assertTransition(status, to);
    await recordStatusChange(tx, {
      orderId: order.id,
      to,
      note,
      ...(cancellationReason ? { cancellationReason } : {}),
    });
    await publishEvent(tx, 'order.status_changed', {
      orderId: order.id,
      customerId: order.customerId,
      from: status,
      to,
      note,
    });
    status = to;
  };

  for (const action of actions) {
    switch (action.type) {
      case 'invoke':
      case 'compensate':
        await sendCommand(tx, action.command.name, action.command.payload as never);
        break;
      case 'complete':
        await changeStatus('CONFIRMED', CONFIRMED_NOTE);
        break;
      case 'fail':
        // The order may already be past the point of cancelling by other means; the saga still unwinds.
        if (canTransition(status, 'CANCELLED'))
          await changeStatus('CANCELLED', cancellationNote(action.reason), action.reason);
        break;
    }
  }
  return status;
}
