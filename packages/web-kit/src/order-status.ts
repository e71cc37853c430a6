/** How an order status reads on screen, for customers and staff alike. */

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

export type OrderStatusName = (typeof ORDER_STATUSES)[number];

export type StatusTone = 'default' | 'info' | 'success' | 'warning' | 'error';

const PRESENTATION: Record<OrderStatusName, { label: string; tone: StatusTone }> = {
  PENDING: { label: 'Pending', tone: 'default' },
  PAYMENT_FAILED: { label: 'Payment failed', tone: 'error' },
  CONFIRMED: { label: 'Confirmed', tone: 'info' },
  SHIPPED: { label: 'Shipped', tone: 'info' },
  DELIVERED: { label: 'Delivered', tone: 'success' },
  CANCELLED: { label: 'Cancelled', tone: 'error' },
  RETURN_REQUESTED: { label: 'Return requested', tone: 'warning' },
  RETURNED: { label: 'Returned', tone: 'warning' },
  REFUNDED: { label: 'Refunded', tone: 'default' },
};

/** Label and colour of a status; a status added to the API later shows as its name, uncoloured. */
export function orderStatusPresentation(status: string): { label: string; tone: StatusTone } {
  return PRESENTATION[status as OrderStatusName] ?? { label: status, tone: 'default' };
}

/** Why an order was cancelled, in words, from the API's reason code. */
export function cancellationReasonText(reason: string | null | undefined): string | null {
  switch (reason) {
    case null:
    case undefined:
    case '':
      return null;
    case 'OUT_OF_STOCK':
      return 'Some items ran out of stock.';
    case 'UNKNOWN_VARIANT':
      return 'An item is no longer sold.';
    case 'RESERVATION_EXPIRED':
      return 'The order could not be confirmed in time.';
    case 'CANCELLED_BY_CUSTOMER':
      return 'Cancelled by the customer.';
    case 'CANCELLED_BY_ADMIN':
      return 'Cancelled by the shop.';
    default:
      return reason;
  }
}
