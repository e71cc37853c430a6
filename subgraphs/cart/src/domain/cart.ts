import { isUuid } from '@msa/subgraph-kit';

/**
 * The cart as stored: lines only, never prices. Prices are looked up at read time from the variant read model,
 * so a cart always shows the current price; each line remembers the price seen when it was added.
 */
export interface CartLineRecord {
  id: string;
  variantId: string;
  quantity: number;
  /** Unit price in minor units when the line was first added. */
  addedUnitPrice: number;
  addedCurrency: string;
  addedAt: string;
}

export interface CartRecord {
  id: string;
  /** The owning customer; null for a guest cart, which is addressed only by its id. */
  customerId: string | null;
  /** Increases with every write; concurrent writers compare it to detect a lost update. */
  version: number;
  lines: CartLineRecord[];
  createdAt: string;
  updatedAt: string;
}

/** What the cart knows about a variant from product and inventory events. */
export interface VariantFacts {
  variantId: string;
  /** Null while only a stock event has been seen: the variant is unknown to the cart. */
  price: number | null;
  currency: string | null;
  purchasable: boolean;
  /** Units that can still be sold; null when no stock event has arrived yet. */
  available: number | null;
}

export type VariantLookup = ReadonlyMap<string, VariantFacts>;

export interface CartLimits {
  /** Largest quantity one line may hold. */
  maxLineQuantity: number;
  /** Largest number of distinct lines in one cart. */
  maxLines: number;
}

export const DEFAULT_CART_LIMITS: CartLimits = Object.freeze({ maxLineQuantity: 20, maxLines: 50 });

/** A guest cart nobody touched for this long expires. */
export const DEFAULT_GUEST_CART_TTL_SECONDS = 7 * 24 * 60 * 60;

export function emptyCart(id: string, customerId: string | null, now: Date): CartRecord {
  const at = now.toISOString();
  return { id, customerId, version: 0, lines: [], createdAt: at, updatedAt: at };
}

export function isGuestCart(cart: CartRecord): boolean {
  return cart.customerId === null;
}

/** Cart and line ids are UUIDs; anything else cannot name a cart and is treated as unknown. */
export function isCartId(value: string): boolean {
  return isUuid(value);
}
