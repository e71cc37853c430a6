import { describe, expect, it } from 'vitest';
import { MAX_PRODUCTS_PER_ORDER, pairDeltas, productsOfOrder } from './co-occurrence';

describe('co-occurrence', () => {
  const productOf = new Map([
    ['v1', 'knife'],
    ['v2', 'knife'],
    ['v3', 'board'],
  ]);

  it('maps order lines to distinct known products', () => {
    expect(
      productsOfOrder(
        [{ variantId: 'v3' }, { variantId: 'v1' }, { variantId: 'v2' }, { variantId: 'gone' }],
        productOf,
      ),
    ).toEqual(['board', 'knife']);
  });

  it('caps very large orders', () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({ variantId: `v${i}` }));
    const many = new Map(
      lines.map((line) => [line.variantId, `p${String(line.variantId).padStart(3, '0')}`]),
    );
    expect(productsOfOrder(lines, many)).toHaveLength(MAX_PRODUCTS_PER_ORDER);
  });

  it('counts each pair in both directions, never a product with itself', () => {
    expect(pairDeltas(['b', 'a', 'c', 'a'], 1)).toEqual([
      { productId: 'a', otherId: 'b', orders: 1 },
      { productId: 'a', otherId: 'c', orders: 1 },
      { productId: 'b', otherId: 'a', orders: 1 },
      { productId: 'b', otherId: 'c', orders: 1 },
      { productId: 'c', otherId: 'a', orders: 1 },
      { productId: 'c', otherId: 'b', orders: 1 },
    ]);
    expect(pairDeltas(['a'], 1)).toEqual([]);
    expect(pairDeltas(['a', 'b'], -1).every((pair) => pair.orders === -1)).toBe(true);
  });
});
