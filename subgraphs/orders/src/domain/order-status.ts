/** Where an order is in its life. */
export const ORDER_STATUSES = [
  'PENDING',
  'PAYMENT_FAILED',
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'RETURN_REQUESTED',
  'RETURNED',
  'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order state machine. SHIPPED → CANCELLED exists for administrators (a parcel intercepted or lost before
 * delivery); customers may only cancel before shipment, which cancellation.ts decides. A returned or refunded
 * order goes back to RETURN_REQUESTED when the customer returns further units within the return window.
 * A declined card puts a pending order in PAYMENT_FAILED (its stock still held); a payment retry takes it back
 * to PENDING, the hold expiring or a cancellation to CANCELLED. A return that is rejected or withdrawn takes
 * the order back to where it was before it was requested (DELIVERED, RETURNED or REFUNDED).
 */
const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['PAYMENT_FAILED', 'CONFIRMED', 'CANCELLED'],
  PAYMENT_FAILED: ['PENDING', 'CANCELLED'],
  CONFIRMED: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED', 'CANCELLED'],
  DELIVERED: ['RETURN_REQUESTED'],
  CANCELLED: [],
  RETURN_REQUESTED: ['DELIVERED', 'RETURNED', 'REFUNDED'],
  RETURNED: ['RETURN_REQUESTED', 'REFUNDED'],
  REFUNDED: ['RETURN_REQUESTED'],
};

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return TRANSITIONS[from];
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`An order cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

/** Orders that count as sales: confirmed and not undone by a return. */
export const REVENUE_STATUSES: readonly OrderStatus[] = [
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
];
