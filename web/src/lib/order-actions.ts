/** What a customer may do with an order in its current state (the API decides; this only offers). */

const CUSTOMER_CANCELLABLE = ['PENDING', 'PAYMENT_FAILED', 'CONFIRMED'];
const SHIPMENT_WITH_CARRIER = ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'];
const RETURNABLE = ['DELIVERED', 'RETURN_REQUESTED', 'RETURNED', 'REFUNDED'];

/** Cancellable until the carrier has the parcel. */
export function canCancelOrder(status: string, shipmentStatus: string | null | undefined): boolean {
  return CUSTOMER_CANCELLABLE.includes(status) && !SHIPMENT_WITH_CARRIER.includes(shipmentStatus ?? '');
}

/** The order still changes by itself (payment, carrier): worth following live. */
export function isSettling(status: string): boolean {
  return status === 'PENDING';
}

export interface ReturnableLine {
  id: string;
  quantity: number;
}

export interface EarlierReturn {
  status: string;
  lines: readonly { orderLineId: string; quantity: number }[];
}

/** Returns that ended without the items coming back hold no units. */
const CLOSED_WITHOUT_ITEMS = ['REJECTED', 'CANCELLED'];

/** Units of each line that may still be returned: bought, minus those in earlier returns still standing. */
export function returnableQuantities(
  lines: readonly ReturnableLine[],
  returns: readonly EarlierReturn[],
): Record<string, number> {
  const returned = new Map<string, number>();
  for (const earlier of returns.filter((entry) => !CLOSED_WITHOUT_ITEMS.includes(entry.status)))
    for (const line of earlier.lines)
      returned.set(line.orderLineId, (returned.get(line.orderLineId) ?? 0) + line.quantity);
  return Object.fromEntries(
    lines.map((line) => [line.id, Math.max(0, line.quantity - (returned.get(line.id) ?? 0))]),
  );
}

/** Whether a return can be asked for: a delivered order with units not yet returned. */
export function canRequestReturn(status: string, remaining: Record<string, number>): boolean {
  return RETURNABLE.includes(status) && Object.values(remaining).some((quantity) => quantity > 0);
}

/** The lines of a return request: only those with a quantity, as the API takes them. */
export function returnRequestLines(
  chosen: Record<string, number>,
): { orderLineId: string; quantity: number }[] {
  return Object.entries(chosen)
    .filter(([, quantity]) => quantity > 0)
    .map(([orderLineId, quantity]) => ({ orderLineId, quantity }));
}

const RETURN_STATUS_TEXT: Record<string, string> = {
  REQUESTED: 'Requested — waiting for the shop to approve it',
  APPROVED: 'Approved — send the items back',
  RECEIVED: 'Received — your refund is on its way',
  REFUNDED: 'Refunded',
  RETURNED: 'Returned',
  REFUND_FAILED: 'Received — the refund failed; the shop will contact you',
  REJECTED: 'Not accepted by the shop',
  CANCELLED: 'Withdrawn',
};

/** A return may be withdrawn until its items are back. */
export function canWithdrawReturn(status: string): boolean {
  return status === 'REQUESTED' || status === 'APPROVED';
}

export function returnStatusText(status: string): string {
  return RETURN_STATUS_TEXT[status] ?? status.charAt(0) + status.slice(1).toLowerCase().replaceAll('_', ' ');
}

const SHIPMENT_STATUS_TEXT: Record<string, string> = {
  LABEL_CREATED: 'Label created',
  IN_TRANSIT: 'In transit',
  OUT_FOR_DELIVERY: 'Out for delivery',
  DELIVERED: 'Delivered',
  EXCEPTION: 'Delivery problem',
  CANCELLED: 'Shipment cancelled',
};

export function shipmentStatusText(status: string): string {
  return (
    SHIPMENT_STATUS_TEXT[status] ?? status.charAt(0) + status.slice(1).toLowerCase().replaceAll('_', ' ')
  );
}

const PAYMENT_STATUS_TEXT: Record<string, string> = {
  PENDING: 'Payment pending',
  AUTHORIZED: 'Payment authorised',
  CAPTURED: 'Paid',
  VOIDED: 'Payment released (not charged)',
  PARTIALLY_REFUNDED: 'Partly refunded',
  REFUNDED: 'Refunded',
  FAILED: 'Payment failed',
};

export function paymentStatusText(status: string): string {
  return PAYMENT_STATUS_TEXT[status] ?? status.charAt(0) + status.slice(1).toLowerCase().replaceAll('_', ' ');
}
