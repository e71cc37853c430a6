import { publicError } from '@msa/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { inTransaction, type CartTx } from '../data/database';
import { emptyCart, type CartRecord, type VariantLookup } from '../domain/cart';
import type { EditResult } from '../domain/cart-editing';
import { CartErrorCode, type CartViolation } from '../domain/cart-error-codes';
import { priceCart } from '../domain/cart-pricing';
import type { CartDeps, CartOutcome } from './cart-deps';

/** Which cart an edit applies to, after the caller's access was checked. */
export type EditTarget =
  | { kind: 'customer'; customerId: string }
  | { kind: 'guest'; cartId: string }
  | { kind: 'new-guest' };

export type CartEdit = (cart: CartRecord, variants: VariantLookup, now: Date) => EditResult;

/** Optimistic retries for one guest cart; every round at least one concurrent writer wins. */
const GUEST_WRITE_ATTEMPTS = 25;

export const cartNotFound = (field = 'cartId'): CartViolation => ({
  code: CartErrorCode.CART_NOT_FOUND,
  message: 'This cart does not exist or has expired',
  field: [field],
});

/**
 * Applies an edit so that concurrent edits of one cart never lose each other's update: customer carts under a
 * Postgres row lock (then copied to Redis), guest carts with a version check in Redis and a retry.
 */
export class CartEditor {
  constructor(private readonly deps: CartDeps) {}

  apply(target: EditTarget, edit: CartEdit, extraVariantIds: string[] = []): Promise<CartOutcome> {
    switch (target.kind) {
      case 'customer':
        return this.editCustomerCart(target.customerId, edit, extraVariantIds);
      case 'guest':
        return this.editGuestCart(target.cartId, edit, extraVariantIds);
      case 'new-guest':
        return this.createGuestCart(edit, extraVariantIds);
    }
  }

  private variantsFor(cart: CartRecord, extra: string[], tx?: CartTx) {
    return this.deps.variants.findByIds([...cart.lines.map((line) => line.variantId), ...extra], tx);
  }

  private outcome(cart: CartRecord, variants: VariantLookup, result: EditResult | null): CartOutcome {
    return {
      cart: priceCart(cart, variants, this.deps.defaultCurrency),
      userErrors: result && !result.ok ? [result.violation] : [],
    };
  }

  private async editCustomerCart(customerId: string, edit: CartEdit, extra: string[]): Promise<CartOutcome> {
    const now = new Date();
    const { cart, variants, result } = await inTransaction(this.deps.prisma, async (tx) => {
      const locked = await this.deps.customerCarts.lockForCustomer(tx, customerId, randomUUID(), now);
      const variants = await this.variantsFor(locked, extra, tx);
      const result = edit(locked, variants, now);
      if (!result.ok) return { cart: locked, variants, result };
      return { cart: await this.deps.customerCarts.save(tx, result.cart), variants, result };
    });
    if (result.ok) await this.deps.store.storeCustomerCart({ ...cart, customerId });
    return this.outcome(cart, variants, result);
  }

  private async editGuestCart(cartId: string, edit: CartEdit, extra: string[]): Promise<CartOutcome> {
    for (let attempt = 0; attempt < GUEST_WRITE_ATTEMPTS; attempt++) {
      const current = await this.deps.store.get(cartId);
      if (!current) return { cart: null, userErrors: [cartNotFound()] };
      const variants = await this.variantsFor(current, extra);
      const result = edit(current, variants, new Date());
      if (!result.ok) return this.outcome(current, variants, result);
      const next = { ...result.cart, version: current.version + 1 };
      const stored = await this.deps.store.replaceIfVersion(next, current.version);
      if (stored === 'stored') return this.outcome(next, variants, result);
      if (stored === 'gone') return { cart: null, userErrors: [cartNotFound()] };
      await sleep(Math.random() * 5 * (attempt + 1));
    }
    throw publicError('CONFLICT', 'The cart is being changed by another request; please try again');
  }

  /** A guest's first add creates the cart; a refused first add creates nothing. */
  private async createGuestCart(edit: CartEdit, extra: string[]): Promise<CartOutcome> {
    const now = new Date();
    const fresh = emptyCart(randomUUID(), null, now);
    const variants = await this.variantsFor(fresh, extra);
    const result = edit(fresh, variants, now);
    if (!result.ok) return { cart: null, userErrors: [result.violation] };
    const created = { ...result.cart, version: 1 };
    if (!(await this.deps.store.create(created))) throw new Error(`Cart id ${created.id} is already taken`);
    return this.outcome(created, variants, result);
  }
}
