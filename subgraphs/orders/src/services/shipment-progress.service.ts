import type { EventPayloads } from '@msa/events';
import type { OrdersTx } from '../data/database';
import { recordShipmentProgress, type LockedOrder } from '../data/order.repo';
import { advanceShipmentStatus, deliveryTime } from '../domain/shipment-progress';
import { catchUpWithShipment } from './order-status-change';

/**
 * A carrier report for the locked order: remember the progress (it only moves forward, so late and repeated
 * reports change nothing) and move the order to SHIPPED / DELIVERED as far as it can follow.
 */
export async function applyShipmentProgress(
  tx: OrdersTx,
  order: LockedOrder,
  report: EventPayloads['shipment.status_changed'],
  now: Date,
): Promise<void> {
  const next = advanceShipmentStatus(order.shipmentStatus, report.status);
  if (!next) return;
  await recordShipmentProgress(
    tx,
    order.id,
    next,
    next === 'DELIVERED' ? deliveryTime(report.at, now) : null,
  );
  order.shipmentStatus = next;
  await catchUpWithShipment(tx, order);
}
