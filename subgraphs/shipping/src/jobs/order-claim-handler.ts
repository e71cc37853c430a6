import { orderClaimHandler, type EventHandlers } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { inTransactionOnce, type ShippingDb, type ShippingTx } from '../data/database';

/** order.claimed: the order's shipment becomes the registered customer's (they see it, export it, erase it). */
export function shipmentClaimHandlers(db: ShippingDb): EventHandlers {
  return orderClaimHandler<ShippingTx>({
    once: (messageId, work) => inTransactionOnce(db, messageId, work),
    claims: claimedOrders,
    reassign: async (tx, { orderId, customerId, previousCustomerId }) => {
      await tx.shipment.updateMany({
        where: { orderId, customerId: previousCustomerId },
        data: { customerId },
      });
    },
  });
}
