/**
 * Best-selling products of a set of orders: units and revenue per product, from the order lines. Orders
 * that never became sales (pending, failed payment, cancelled) or were given back are left out.
 */

export interface OrderLike {
  status: string;
  lines: readonly {
    quantity: number;
    lineTotal: { amount: number; currency: string };
    variant: { product: { id: string; name: string } };
  }[];
}

export interface TopProduct {
  productId: string;
  name: string;
  units: number;
  /** Minor units. */
  revenue: number;
  currency: string;
}

export const SALE_STATUSES: ReadonlySet<string> = new Set([
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
]);

/** The `limit` products with the most revenue (units break ties, then name). */
export function topProducts(orders: readonly OrderLike[], limit = 5): TopProduct[] {
  const byProduct = new Map<string, TopProduct>();
  for (const order of orders) {
    if (!SALE_STATUSES.has(order.status)) continue;
    for (const line of order.lines) {
      const { id, name } = line.variant.product;
      const entry = byProduct.get(id) ?? {
        productId: id,
        name,
        units: 0,
        revenue: 0,
        currency: line.lineTotal.currency,
      };
      entry.units += line.quantity;
      entry.revenue += line.lineTotal.amount;
      byProduct.set(id, entry);
    }
  }
  return [...byProduct.values()]
    .sort((a, b) => b.revenue - a.revenue || b.units - a.units || a.name.localeCompare(b.name))
    .slice(0, limit);
}
