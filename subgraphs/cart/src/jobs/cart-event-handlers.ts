import type { DomainEvent, EventHandlers } from '@msa/events';
import { inTransactionOnce, type CartTx } from '../data/database';
import { removeOrderedQuantities } from '../domain/order-consumption';
import type { CartDeps } from '../services/cart-deps';

/**
 * The cart's event handlers: variant prices and availability feed the read model; a confirmed order takes its
 * lines out of the customer's cart. Not at checkout: a declined card must not cost the shopper the cart, so the
 * lines stay until the order is paid and confirmed. Each records the message id in the same transaction, so a redelivery
 * changes nothing.
 */
export function cartEventHandlers(deps: CartDeps): EventHandlers {
  const once = async (event: DomainEvent, work: (tx: CartTx) => Promise<void>) => {
    await inTransactionOnce(deps.prisma, event.id, work);
  };

  return {
    'product.variant.changed': (event) =>
      once(event, (tx) => deps.variants.applyCatalogChange(tx, event.payload, new Date(event.occurredAt))),

    'inventory.stock_changed': (event) =>
      once(event, (tx) => deps.variants.applyStockChange(tx, event.payload, new Date(event.occurredAt))),

    'order.confirmed': async (event) => {
      const { customerId, lines } = event.payload;
      await once(event, async (tx) => {
        const cart = await deps.customerCarts.lockExisting(tx, customerId);
        if (cart) await deps.customerCarts.save(tx, removeOrderedQuantities(cart, lines, new Date()));
      });
      // Also on a redelivery: the Redis copy may have missed the first delivery's change.
      const stored = await deps.customerCarts.findByCustomer(customerId);
      if (stored) await deps.store.storeCustomerCart({ ...stored, customerId });
    },
  };
}
