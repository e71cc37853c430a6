/**
 * "Customers also bought": every order adds one to the count of each pair of distinct products in it. Pairs
 * are stored in both directions so the neighbours of a product are one indexed lookup.
 */

export interface ProductPairCount {
  productId: string;
  otherId: string;
  orders: number;
}

/** Orders with more distinct products than this count only their first ones (a bulk order says little). */
export const MAX_PRODUCTS_PER_ORDER = 50;

/** The distinct products of an order's lines, given which product each variant belongs to; unknown variants drop out. */
export function productsOfOrder(
  lines: readonly { variantId: string }[],
  productOfVariant: ReadonlyMap<string, string>,
): string[] {
  const products = new Set<string>();
  for (const line of lines) {
    const productId = productOfVariant.get(line.variantId);
    if (productId) products.add(productId);
  }
  return [...products].sort().slice(0, MAX_PRODUCTS_PER_ORDER);
}

/** Every ordered pair of distinct products, each with `delta` orders (1 to add an order, -1 to take it back). */
export function pairDeltas(productIds: readonly string[], delta: 1 | -1): ProductPairCount[] {
  const ids = [...new Set(productIds)].sort();
  return ids.flatMap((productId) =>
    ids.filter((otherId) => otherId !== productId).map((otherId) => ({ productId, otherId, orders: delta })),
  );
}
