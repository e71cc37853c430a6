import { orderClaimHandler, type EventHandlers } from '@msa/events';
import { INBOX_CONSUMER, inTransaction, type ShippingDb, type ShippingTx } from '../data/database';

/** order.claimed: the order's shipment becomes the registered customer's (they see it, export it, erase it). */
export function shipmentClaimHandlers(db: ShippingDb): EventHandlers {
  return orderClaimHandler<ShippingTx>({
    consumer: INBOX_CONSUMER,
    transaction: (work) => inTransaction(db, work),
    reassign: async (tx, { orderId, customerId, previousCustomerId }) => {
      await tx.shipment.updateMany({
        where: { orderId, customerId: previousCustomerId },
        data: { customerId },
      });
    },
  });
}
