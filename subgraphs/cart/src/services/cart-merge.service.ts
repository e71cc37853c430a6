import type { Identity } from '@msa/auth';
import { forbidden, requireIdentity } from '@msa/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { inTransaction } from '../data/database';
import { isCartId, type CartRecord } from '../domain/cart';
import { mergeCarts } from '../domain/cart-merge';
import type { CartDeps, CartOutcome } from './cart-deps';
import { cartNotFound } from './cart-editor';
import { CartReader } from './cart-reader';

const notYours = () => forbidden('This cart belongs to another customer');

/**
 * Folds a guest cart into the signed-in customer's cart. The merge is recorded in the same transaction, so
 * repeating it (a retried request, a second tab) changes nothing and answers with the same customer cart.
 */
export class CartMergeService {
  private readonly reader: CartReader;

  constructor(private readonly deps: CartDeps) {
    this.reader = new CartReader(deps);
  }

  async merge(identity: Identity | null, guestCartId: string): Promise<CartOutcome> {
    const customerId = requireIdentity({ identity }).userId;
    if (!isCartId(guestCartId)) return { cart: null, userErrors: [cartNotFound('guestCartId')] };

    const earlier = await this.deps.merges.find(guestCartId);
    if (earlier) return this.alreadyMerged(earlier.customerId, customerId);

    const guest = await this.reader.findById(guestCartId);
    if (!guest) return { cart: null, userErrors: [cartNotFound('guestCartId')] };
    if (guest.customerId !== null) return this.alreadyMerged(guest.customerId, customerId);

    const { cart, merged } = await this.mergeInto(customerId, guest);
    if (!merged) {
      const winner = await this.deps.merges.find(guestCartId);
      if (winner && winner.customerId !== customerId) throw notYours();
    } else {
      await this.deps.store.storeCustomerCart({ ...cart, customerId });
      await this.deps.store.delete(guestCartId);
    }
    return { cart: await this.reader.price(cart), userErrors: [] };
  }

  /** Nothing left to merge: answer with the caller's cart, unless the cart in question is someone else's. */
  private async alreadyMerged(ownerId: string, customerId: string): Promise<CartOutcome> {
    if (ownerId !== customerId) throw notYours();
    const own = await this.reader.findOwn(customerId);
    return { cart: own ? await this.reader.price(own) : null, userErrors: [] };
  }

  private mergeInto(customerId: string, guest: CartRecord): Promise<{ cart: CartRecord; merged: boolean }> {
    const now = new Date();
    return inTransaction(this.deps.prisma, async (tx) => {
      const target = await this.deps.customerCarts.lockForCustomer(tx, customerId, randomUUID(), now);
      const first = await this.deps.merges.record(tx, {
        guestCartId: guest.id,
        customerId,
        cartId: target.id,
      });
      if (!first) return { cart: target, merged: false };
      const variants = await this.deps.variants.findByIds(
        [...target.lines, ...guest.lines].map((line) => line.variantId),
        tx,
      );
      const { cart, adjustments } = mergeCarts(target, guest, variants, this.deps.limits, now);
      if (adjustments.length)
        this.deps.logger.info(
          { cartId: target.id, guestCartId: guest.id, adjustments },
          'guest cart merged with adjustments',
        );
      return { cart: await this.deps.customerCarts.save(tx, cart), merged: true };
    });
  }
}
