/**
 * What the carrier may report next, as the shipping service allows it (a parcel bounces back to in transit
 * after a failed attempt, an exception is resolved onwards). Cancelling a shipment is cancelling the order,
 * so it is not offered here.
 */
const NEXT_SHIPMENT_STATUSES: Record<string, readonly string[]> = {
  LABEL_CREATED: ['IN_TRANSIT', 'EXCEPTION'],
  IN_TRANSIT: ['OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION'],
  OUT_FOR_DELIVERY: ['DELIVERED', 'IN_TRANSIT', 'EXCEPTION'],
  EXCEPTION: ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'],
};

const SHIPMENT_LABELS: Record<string, string> = {
  LABEL_CREATED: 'Label created',
  IN_TRANSIT: 'In transit',
  OUT_FOR_DELIVERY: 'Out for delivery',
  DELIVERED: 'Delivered',
  EXCEPTION: 'Exception',
  CANCELLED: 'Cancelled',
};

/** A shipment status in words; an unknown one as it is. */
export function shipmentStatusLabel(status: string): string {
  return SHIPMENT_LABELS[status] ?? status;
}

/** Where a shipment can go next by hand; nothing once delivered or cancelled. */
export function nextShipmentStatuses(current: string): string[] {
  return [...(NEXT_SHIPMENT_STATUSES[current] ?? [])];
}

/** Orders an administrator may still cancel: not yet delivered, cancelled or in a return. */
export function isCancellable(status: string): boolean {
  return (
    status === 'PENDING' || status === 'CONFIRMED' || status === 'SHIPPED' || status === 'PAYMENT_FAILED'
  );
}

/** A payment word for people: "Partially refunded" for PARTIALLY_REFUNDED. */
export function paymentStatusLabel(status: string): string {
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
