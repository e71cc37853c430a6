import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type OrdersDb, type OrdersTx } from '../data/database';
import { anonymisedShippingAddress, ordersExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for orders: the export part is every order and return of the customer; deletion keeps the
 * orders' amounts, lines and history for accounting but removes the shipping address's name, street and phone,
 * and the email of guest orders the customer claimed.
 */
export function orderPrivacyHandlers(db: OrdersDb): EventHandlers {
  return privacyEventHandlers<OrdersTx>({
    service: 'orders',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) => {
      const orders = await tx.order.findMany({
        where: { customerId: userId },
        orderBy: { createdAt: 'asc' },
        include: {
          lines: { orderBy: { position: 'asc' } },
          discounts: { orderBy: { position: 'asc' } },
          history: { orderBy: { id: 'asc' } },
        },
      });
      const returns = await tx.return.findMany({
        where: { customerId: userId },
        orderBy: { createdAt: 'asc' },
        include: { lines: { orderBy: { position: 'asc' } } },
      });
      return ordersExportPart(orders, returns);
    },
    eraseUser: async (tx, userId) => {
      const orders = await tx.order.findMany({
        where: { customerId: userId },
        select: { id: true, shippingAddress: true },
      });
      for (const order of orders)
        await tx.order.update({
          where: { id: order.id },
          data: { shippingAddress: anonymisedShippingAddress(order.shippingAddress), guestEmail: null },
        });
    },
  });
}
