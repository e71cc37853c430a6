import { isCartId, type CartRecord } from '../domain/cart';
import { priceCart, type PricedCart } from '../domain/cart-pricing';
import type { CartDeps } from './cart-deps';

/**
 * Finds carts in Redis first. A customer cart missing there (evicted, flushed) is rebuilt from Postgres and
 * cached again; a guest cart missing there has expired.
 */
export class CartReader {
  constructor(private readonly deps: CartDeps) {}

  async findById(cartId: string): Promise<CartRecord | null> {
    if (!isCartId(cartId)) return null;
    const cached = await this.deps.store.get(cartId);
    if (cached) return cached;
    return this.rehydrate(await this.deps.customerCarts.findById(cartId));
  }

  async findOwn(customerId: string): Promise<CartRecord | null> {
    const cartId = await this.deps.store.customerCartId(customerId);
    const cached = cartId ? await this.deps.store.get(cartId) : null;
    if (cached?.customerId === customerId) return cached;
    return this.rehydrate(await this.deps.customerCarts.findByCustomer(customerId));
  }

  /** Prices a cart with one read-model query for all its variants. */
  async price(cart: CartRecord): Promise<PricedCart> {
    const variants = await this.deps.variants.findByIds(cart.lines.map((line) => line.variantId));
    return priceCart(cart, variants, this.deps.defaultCurrency);
  }

  private async rehydrate(cart: CartRecord | null): Promise<CartRecord | null> {
    if (cart?.customerId) await this.deps.store.storeCustomerCart({ ...cart, customerId: cart.customerId });
    return cart;
  }
}
