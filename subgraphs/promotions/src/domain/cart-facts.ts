import type { LineTarget } from './promotion-rules';

/** One cart line as the engine sees it: the cart's figures plus what the catalog read model knows. */
export interface CartLineFacts {
  variantId: string;
  /** Null until product.variant.changed told us; such a line matches no product or category. */
  productId: string | null;
  /** The product's category and its ancestors. */
  categoryIds: readonly string[];
  quantity: number;
  /** Minor units. */
  unitPrice: number;
}

export interface CartFacts {
  currency: string;
  /** The cart's own subtotal (minor units): the base of order-wide discounts and of `total`. */
  subtotal: number;
  lines: readonly CartLineFacts[];
}

/** What we know about the shopper; a guest has no id, no orders and no usage. */
export interface CustomerFacts {
  customerId: string | null;
  /** Orders of this customer that reached CONFIRMED. */
  confirmedOrders: number;
  /** Redemptions this customer holds, by promotion id. */
  usageByPromotion: ReadonlyMap<string, number>;
}

export const GUEST: CustomerFacts = { customerId: null, confirmedOrders: 0, usageByPromotion: new Map() };

export function lineTotal(line: CartLineFacts): number {
  return line.unitPrice * line.quantity;
}

export function unitCount(cart: CartFacts): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

export function isInProducts(line: CartLineFacts, productIds: readonly string[]): boolean {
  return line.productId !== null && productIds.includes(line.productId);
}

export function isInCategories(line: CartLineFacts, categoryIds: readonly string[]): boolean {
  return line.categoryIds.some((id) => categoryIds.includes(id));
}

/** An empty target covers every line; otherwise a line matches a listed product or a listed category. */
export function matchesTarget(line: CartLineFacts, target: LineTarget): boolean {
  if (target.productIds.length === 0 && target.categoryIds.length === 0) return true;
  return isInProducts(line, target.productIds) || isInCategories(line, target.categoryIds);
}
