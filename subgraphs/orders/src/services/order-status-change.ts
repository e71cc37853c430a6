import { publishEvent } from '@msa/events';
import type { OrdersTx } from '../data/database';
import { recordStatusChange, type LockedOrder } from '../data/order.repo';
import { assertTransition, type OrderStatus } from '../domain/order-status';
import { shipmentCatchUp } from '../domain/shipment-progress';

/**
 * Moves the locked order to `to` in the caller's transaction: the status, a history row and an
 * order.status_changed event commit together. Updates `order.status`, so later steps of the same
 * transaction see the new status.
 */
export async function changeOrderStatus(
  tx: OrdersTx,
  order: LockedOrder,
  to: OrderStatus,
  note: string,
  cancellationReason?: string,
  paymentFailureCode?: string,
): Promise<void> {
  const from = order.status;
  assertTransition(from, to);
  await recordStatusChange(tx, {
    orderId: order.id,
    to,
    note,
    ...(cancellationReason ? { cancellationReason } : {}),
    ...(paymentFailureCode ? { paymentFailureCode } : {}),
  });
  await publishEvent(tx, 'order.status_changed', {
    orderId: order.id,
    customerId: order.customerId,
    from,
    to,
    note,
  });
  order.status = to;
}

/** Applies what the carrier reported while the order could not follow yet (see shipmentCatchUp). */
export async function catchUpWithShipment(tx: OrdersTx, order: LockedOrder): Promise<void> {
  for (const change of shipmentCatchUp(order.status, order.shipmentStatus))
    await changeOrderStatus(tx, order, change.to, change.note);
}
