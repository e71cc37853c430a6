import { describe, expect, it } from 'vitest';
import { indexChangeFor, type ProductFactsRecord, type VariantFactsRecord } from './search-document';

const listedAt = new Date('2026-01-01T00:00:00Z');
const product: ProductFactsRecord = {
  productId: 'p1',
  status: 'ACTIVE',
  slug: 'studio-headphones',
  name: ' Studio Headphones ',
  description: 'Closed-back.',
  categoryIds: ['c1', 'c2'],
  categoryPath: ['Audio', 'Headphones'],
  listedAt,
  ratingAverage: 4.5,
  ratingBayesian: 4.1,
  ratingCount: 12,
  version: 7,
};
const variant = (overrides: Partial<VariantFactsRecord>): VariantFactsRecord => ({
  variantId: 'v',
  productId: 'p1',
  price: 1000,
  currency: 'USD',
  purchasable: true,
  available: null,
  ...overrides,
});

describe('indexChangeFor', () => {
  it('builds the document of an ACTIVE product from its purchasable variants', () => {
    const change = indexChangeFor(product, [
      variant({ variantId: 'v1', price: 19999, available: 0 }),
      variant({ variantId: 'v2', price: 17999, available: 3 }),
      variant({ variantId: 'v3', price: 999, purchasable: false, available: 10 }),
    ]);
    expect(change).toEqual({
      kind: 'upsert',
      document: {
        productId: 'p1',
        version: 7,
        slug: 'studio-headphones',
        name: 'Studio Headphones',
        description: 'Closed-back.',
        categoryIds: ['c1', 'c2'],
        categoryPath: ['Audio', 'Headphones'],
        minPrice: 17999,
        maxPrice: 19999,
        currency: 'USD',
        inStock: true,
        rating: 4.5,
        bayesianRating: 4.1,
        ratingCount: 12,
        listedAt,
      },
    });
  });

  it('has no price or stock before any variant is known, and no rating before the first review', () => {
    const change = indexChangeFor({ ...product, ratingCount: 0 }, [variant({ price: null, available: 0 })]);
    expect(change.kind === 'upsert' && change.document).toMatchObject({
      minPrice: null,
      maxPrice: null,
      inStock: false,
      rating: null,
      bayesianRating: null,
    });
  });

  it('removes products that are not ACTIVE or have no name yet', () => {
    for (const facts of [
      { ...product, status: 'ARCHIVED' },
      { ...product, status: 'DRAFT' },
      { ...product, name: null },
    ]) {
      expect(indexChangeFor(facts, [variant({})])).toEqual({
        kind: 'remove',
        removed: { productId: 'p1', version: 7 },
      });
    }
  });
});
