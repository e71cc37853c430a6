/** Shipment statuses an administrator may record by hand (cancelling a shipment is cancelling the order). */
export const SETTABLE_SHIPMENT_STATUSES = [
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
] as const;

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

/** Where a shipment can go next, from what the carrier may still report. */
export function nextShipmentStatuses(current: string): string[] {
  if (current === 'DELIVERED' || current === 'CANCELLED') return [];
  return SETTABLE_SHIPMENT_STATUSES.filter((status) => status !== current);
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
