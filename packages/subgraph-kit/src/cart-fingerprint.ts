import { createHash } from 'node:crypto';

/**
 * A digest of a cart's identity and contents (variant ids with quantities, order-independent). Shipping
 * stores it with each rate it quotes and checkout recomputes it from the cart it is about to freeze: a rate
 * priced for other contents (a 480 g cart, then a 9.6 kg one) no longer matches.
 */
export function cartContentsFingerprint(
  cartId: string,
  lines: readonly { variantId: string; quantity: number }[],
): string {
  const quantities = new Map<string, number>();
  for (const line of lines) {
    if (line.quantity > 0)
      quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
  }
  const contents = [...quantities.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variantId, quantity]) => `${variantId}:${quantity}`)
    .join(',');
  return createHash('sha256').update(`${cartId}|${contents}`).digest('hex').slice(0, 32);
}
