import { publishEvent } from '@msa/events';
import type { ShippingTx } from '../data/database';
import { appendStatus } from '../data/shipment.repo';
import type { ShipmentRecord, TrackingEvent } from '../domain/shipment';

/**
 * The one way a shipment's status changes after creation: the timeline gains the event and
 * shipment.status_changed is published with it (plus shipment.cancelled for a cancellation), all in the
 * caller's transaction. The caller has checked the transition.
 */
export async function recordStatusChange(
  tx: ShippingTx,
  shipment: ShipmentRecord,
  event: TrackingEvent,
): Promise<ShipmentRecord> {
  const updated = await appendStatus(tx, shipment, event);
  await publishEvent(tx, 'shipment.status_changed', {
    orderId: shipment.orderId,
    shipmentId: shipment.id,
    status: event.status,
    at: event.at.toISOString(),
  });
  if (event.status === 'CANCELLED') {
    await publishEvent(tx, 'shipment.cancelled', { orderId: shipment.orderId, shipmentId: shipment.id });
  }
  return updated;
}
