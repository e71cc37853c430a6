import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type CartTx } from '../data/database';
import { cartExportPart } from '../domain/privacy-export';
import type { CartDeps } from '../services/cart-deps';

/**
 * Privacy requests for the cart: the export part is the customer's saved cart; deletion removes it (and the
 * record of merged guest carts) from Postgres, then drops the Redis copy.
 */
export function cartPrivacyHandlers(deps: CartDeps): EventHandlers {
  return privacyEventHandlers<CartTx>({
    service: 'cart',
    transaction: (work) => inTransaction(deps.prisma, work),
    exportPart: async (tx, userId) => {
      const cart = await tx.cart.findUnique({
        where: { customerId: userId },
        include: { lines: { orderBy: { position: 'asc' } } },
      });
      const merges = await tx.cartMerge.findMany({
        where: { customerId: userId },
        orderBy: { mergedAt: 'asc' },
      });
      return cartExportPart(cart, merges);
    },
    eraseUser: async (tx, userId) => {
      await tx.cart.deleteMany({ where: { customerId: userId } });
      await tx.cartMerge.deleteMany({ where: { customerId: userId } });
    },
    afterErase: (userId) => deps.store.forgetCustomer(userId),
  });
}
