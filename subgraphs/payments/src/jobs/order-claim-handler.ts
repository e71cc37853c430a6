import { orderClaimHandler, type EventHandlers } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { inTransactionOnce, type PaymentsDb, type PaymentsTx } from '../data/database';

/** order.claimed: the order's payment becomes the registered customer's (they see it, export it, erase it). */
export function paymentClaimHandlers(db: PaymentsDb): EventHandlers {
  return orderClaimHandler<PaymentsTx>({
    once: (messageId, work) => inTransactionOnce(db, messageId, work),
    claims: claimedOrders,
    reassign: async (tx, { orderId, customerId, previousCustomerId }) => {
      await tx.payment.updateMany({
        where: { orderId, customerId: previousCustomerId },
        data: { customerId },
      });
    },
  });
}
