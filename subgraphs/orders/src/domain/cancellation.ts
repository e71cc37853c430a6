import { actsAsCustomerOf, isAdministrator, type OrderActor } from './order-actor';
import { canTransition, type OrderStatus } from './order-status';
import { isWithCarrier } from './shipment-progress';

/**
 * Why an order was cancelled; stored on the order and shown to clients as `cancellationReason`. Payment and
 * promotion failures carry the owning service's code (CARD_DECLINED, USAGE_LIMIT_REACHED, …) as they are.
 */
export const CancellationReason = {
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  UNKNOWN_VARIANT: 'UNKNOWN_VARIANT',
  RESERVATION_EXPIRED: 'RESERVATION_EXPIRED',
  PROMOTION_NOT_APPLICABLE: 'PROMOTION_NOT_APPLICABLE',
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  PAYMENT_CAPTURE_FAILED: 'PAYMENT_CAPTURE_FAILED',
  SHIPMENT_CREATION_FAILED: 'SHIPMENT_CREATION_FAILED',
  CANCELLED_BY_CUSTOMER: 'CANCELLED_BY_CUSTOMER',
  CANCELLED_BY_ADMIN: 'CANCELLED_BY_ADMIN',
  /** A service never answered a step of the saga, even when asked again (the saga watchdog gave up). */
  STEP_TIMED_OUT: 'STEP_TIMED_OUT',
  /** The order waited in PAYMENT_FAILED for a payment retry longer than the retry window. */
  PAYMENT_RETRY_EXPIRED: 'PAYMENT_RETRY_EXPIRED',
} as const;
export type CancellationReason = (typeof CancellationReason)[keyof typeof CancellationReason];

const NOTES: Record<string, string> = {
  OUT_OF_STOCK: 'Cancelled: an item is out of stock.',
  UNKNOWN_VARIANT: 'Cancelled: an item is no longer sold.',
  RESERVATION_EXPIRED: 'Cancelled: the stock hold expired before the order was confirmed.',
  PROMOTION_NOT_APPLICABLE: 'Cancelled: a discount could no longer be applied.',
  PAYMENT_DECLINED: 'Cancelled: the payment was declined.',
  CARD_DECLINED: 'Cancelled: the card was declined.',
  INSUFFICIENT_FUNDS: 'Cancelled: the card has insufficient funds.',
  PAYMENT_CAPTURE_FAILED: 'Cancelled: the payment could not be captured.',
  SHIPMENT_CREATION_FAILED: 'Cancelled: the shipment could not be created.',
  CANCELLED_BY_CUSTOMER: 'Cancelled by the customer.',
  CANCELLED_BY_ADMIN: 'Cancelled by an administrator.',
  STEP_TIMED_OUT: 'Cancelled: a service did not answer in time, even when asked again.',
  PAYMENT_RETRY_EXPIRED: 'Cancelled: the payment was not retried in time; the items were released.',
};

/** The status-history note for a cancellation; an unknown reason (a new code of another service) is shown as is. */
export function cancellationNote(reason: string): string {
  return NOTES[reason] ?? `Cancelled: ${reason}.`;
}

const CUSTOMER_MESSAGES: Record<string, string> = {
  OUT_OF_STOCK: 'Some items are no longer in stock in the quantity ordered; the order was cancelled.',
  CARD_DECLINED: 'Your card was declined; the order was cancelled. Try another payment method.',
  INSUFFICIENT_FUNDS:
    'Your card has insufficient funds; the order was cancelled. Try another payment method.',
  PAYMENT_DECLINED: 'Your payment was declined; the order was cancelled. Try another payment method.',
  SHIPMENT_CREATION_FAILED: 'The shipment could not be arranged; the order was cancelled and not charged.',
  STEP_TIMED_OUT:
    'The order could not be completed in time and was cancelled; any payment taken is paid back.',
  PAYMENT_RETRY_EXPIRED: 'The payment was not retried in time; the order was cancelled.',
};

/** What checkout tells the customer when the saga cancelled the order before checkout answered. */
export function cancellationMessage(reason: string): string {
  return CUSTOMER_MESSAGES[reason] ?? `The order could not be completed (${reason}) and was cancelled.`;
}

/** Customers may cancel until the order ships (also an order waiting for a payment retry). */
const CUSTOMER_CANCELLABLE: readonly OrderStatus[] = ['PENDING', 'PAYMENT_FAILED', 'CONFIRMED'];

export type CancelDecision =
  | { kind: 'allowed'; reason: CancellationReason }
  | { kind: 'forbidden' }
  | { kind: 'not-cancellable'; message: string };

/**
 * Who may cancel what: the owner (or a guest holding the order's access token) while the order has not shipped
 * (nor has the carrier picked the parcel up, which the order learns just before it turns SHIPPED), an
 * administrator at any time before delivery. Staff can read orders but not change them.
 */
export function decideCancellation(
  order: { id: string; customerId: string; status: OrderStatus; shipmentStatus?: string | null },
  actor: OrderActor,
): CancelDecision {
  const isAdmin = isAdministrator(actor);
  if (!isAdmin && !actsAsCustomerOf(actor, order)) return { kind: 'forbidden' };
  if (!canTransition(order.status, 'CANCELLED')) {
    return {
      kind: 'not-cancellable',
      message: `This order is ${order.status.toLowerCase().replaceAll('_', ' ')} and can no longer be cancelled.`,
    };
  }
  if (isAdmin) return { kind: 'allowed', reason: CancellationReason.CANCELLED_BY_ADMIN };
  if (!CUSTOMER_CANCELLABLE.includes(order.status) || isWithCarrier(order.shipmentStatus ?? null)) {
    return { kind: 'not-cancellable', message: 'This order has shipped; request a return once it arrives.' };
  }
  return { kind: 'allowed', reason: CancellationReason.CANCELLED_BY_CUSTOMER };
}
