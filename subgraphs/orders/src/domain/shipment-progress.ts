import type { OrderStatus } from './order-status';

/** The carrier statuses that move a parcel forward, in the order they happen. */
const PROGRESS = ['LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] as const;
export type ShipmentProgress = (typeof PROGRESS)[number];

function rank(status: string | null): number {
  return status === null ? -1 : (PROGRESS as readonly string[]).indexOf(status);
}

/**
 * The shipment status to remember after the carrier reported `reported`: it only moves forward, so a late or
 * redelivered report changes nothing. EXCEPTION and CANCELLED are not progress. Null means no change.
 */
export function advanceShipmentStatus(current: string | null, reported: string): ShipmentProgress | null {
  return rank(reported) > rank(current) ? (reported as ShipmentProgress) : null;
}

/** Whether the carrier already has the parcel: customers can no longer cancel then. */
export function isWithCarrier(shipmentStatus: string | null): boolean {
  return rank(shipmentStatus) >= rank('IN_TRANSIT');
}

const NOTES: Record<string, string> = {
  IN_TRANSIT: 'Shipped: the parcel is in transit.',
  OUT_FOR_DELIVERY: 'Shipped: the parcel is out for delivery.',
  DELIVERED: 'Shipped.',
};

/**
 * The order status changes that catch the order up with its shipment. An order is SHIPPED once the carrier
 * has the parcel and DELIVERED once it arrived, but only after it was CONFIRMED: a carrier report that
 * overtakes the end of checkout is remembered and applied when the order is confirmed.
 */
export function shipmentCatchUp(
  orderStatus: OrderStatus,
  shipmentStatus: string | null,
): { to: OrderStatus; note: string }[] {
  const changes: { to: OrderStatus; note: string }[] = [];
  let status = orderStatus;
  if (status === 'CONFIRMED' && isWithCarrier(shipmentStatus)) {
    changes.push({ to: 'SHIPPED', note: NOTES[shipmentStatus!]! });
    status = 'SHIPPED';
  }
  if (status === 'SHIPPED' && shipmentStatus === 'DELIVERED')
    changes.push({ to: 'DELIVERED', note: 'Delivered by the carrier.' });
  return changes;
}

/**
 * When the parcel was delivered: the carrier's time, unless it is unreadable or in the future (a clock off
 * at the carrier must not stretch the return window).
 */
export function deliveryTime(reportedAt: string, now: Date): Date {
  const at = Date.parse(reportedAt);
  return Number.isNaN(at) || at > now.getTime() ? now : new Date(at);
}
