import { GUEST_CUSTOMER_PREFIX, isGuestCustomerId } from '@msa/events';
import type { Directory } from '../clients/directory.client';
import type { NotificationsDb } from '../data/database';
import { claimOrderRef, findOrderRef, saveOrderRef, type OrderRefRecord } from '../data/order-ref.repo';

/** What templates show when the order's number cannot be learned: a short form of its id. */
export function fallbackOrderNumber(orderId: string): string {
  return `#${orderId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * An order's customer and number. Learned once through the router (as this service) and kept, because
 * payment and shipment events name only the order. A guest order (customer `guest:…`) is asked about again,
 * so once a user claims it the user is told instead (with their preferences and inbox).
 */
export function createOrderRefsService(db: NotificationsDb, directory: Directory) {
  return {
    async resolve(orderId: string, knownCustomerId: string | null): Promise<OrderRefRecord | null> {
      const known = await findOrderRef(db, orderId);
      if (known?.number && !isGuestCustomerId(known.customerId)) return known;
      const order = await directory.order(orderId);
      if (known && order?.customerId && isGuestCustomerId(known.customerId))
        return claimOrderRef(db, orderId, order.customerId);
      // A guest order has no customer: any guest id routes its emails to the order's guest address.
      const guestId = order ? `${GUEST_CUSTOMER_PREFIX}order-${orderId}` : null;
      const customerId = order?.customerId ?? known?.customerId ?? knownCustomerId ?? guestId;
      if (!customerId) return null;
      return saveOrderRef(db, { orderId, customerId, number: order?.number ?? null });
    },
  };
}

export type OrderRefsService = ReturnType<typeof createOrderRefsService>;
