/** Whether an order counts as the customer having bought its products. */
export const PURCHASE_STATES = ['PENDING', 'VERIFIED', 'CANCELLED'] as const;
export type PurchaseState = (typeof PURCHASE_STATES)[number];

/**
 * Order statuses that prove the purchase happened. The return statuses only follow a delivery, so a customer
 * who returned a product still bought it; they also verify when their event overtakes the earlier ones.
 */
const VERIFYING_STATUSES: ReadonlySet<string> = new Set([
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
  'RETURNED',
  'REFUNDED',
]);

/**
 * The purchase state after an order.status_changed event. CANCELLED is final for orders, so it is final here
 * too: a late CONFIRMED event delivered after the cancellation cannot verify the purchase again.
 */
export function purchaseStateAfter(current: PurchaseState | null, orderStatus: string): PurchaseState {
  if (current === 'CANCELLED' || orderStatus === 'CANCELLED') return 'CANCELLED';
  if (VERIFYING_STATUSES.has(orderStatus)) return 'VERIFIED';
  return current ?? 'PENDING';
}
