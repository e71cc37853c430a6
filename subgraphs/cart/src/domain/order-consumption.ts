import type { CartRecord } from './cart';

export interface OrderedQuantity {
  variantId: string;
  quantity: number;
}

/**
 * Takes what an order bought out of the cart it was placed from. For an order of the whole cart that empties
 * it; anything added to the cart while checkout was running stays.
 */
export function removeOrderedQuantities(
  cart: CartRecord,
  ordered: readonly OrderedQuantity[],
  now: Date,
): CartRecord {
  const bought = new Map<string, number>();
  for (const line of ordered) bought.set(line.variantId, (bought.get(line.variantId) ?? 0) + line.quantity);
  const lines = cart.lines
    .map((line) => ({ ...line, quantity: line.quantity - (bought.get(line.variantId) ?? 0) }))
    .filter((line) => line.quantity > 0);
  return { ...cart, lines, updatedAt: now.toISOString() };
}
