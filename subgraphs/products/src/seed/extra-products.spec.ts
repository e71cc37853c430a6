import { describe, expect, it } from 'vitest';
import { isValidSlug } from '../domain/slug';
import { normalizeVariant, variantProblems, variantSetProblems } from '../domain/variant-rules';
import { FIXTURE_CATEGORIES } from './catalog-fixture';
import { EXTRA_CATEGORY_WORDS, extraProduct, extraProducts, stableUuid } from './extra-products';

describe('extra products', () => {
  const products = extraProducts(0, 3000);

  it('are the same on every run', () => {
    expect(extraProducts(0, 3000)).toEqual(products);
    expect(extraProduct(1234)).toEqual(products[1234]);
  });

  it('have unique ids, slugs and SKUs', () => {
    const variants = products.flatMap((product) => product.variants);
    expect(new Set(products.map((product) => product.id)).size).toBe(products.length);
    expect(new Set(products.map((product) => product.slug)).size).toBe(products.length);
    expect(new Set(variants.map((variant) => variant.id)).size).toBe(variants.length);
    expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length);
  });

  it('pass the same rules as products made through the API', () => {
    for (const product of products.slice(0, 200)) {
      expect(isValidSlug(product.slug)).toBe(true);
      const variants = product.variants.map((variant, index) => ({
        values: normalizeVariant(variant),
        field: [String(index)],
      }));
      expect([
        ...variants.flatMap((v) => variantProblems(v.values, v.field)),
        ...variantSetProblems(variants),
      ]).toEqual([]);
    }
  });

  it('cover every generator category, all of which exist in the demo catalog', () => {
    const slugs = Object.keys(EXTRA_CATEGORY_WORDS);
    expect(new Set(products.slice(0, slugs.length).map((product) => product.categorySlug))).toEqual(
      new Set(slugs),
    );
    for (const slug of slugs)
      expect(FIXTURE_CATEGORIES.some((category) => category.slug === slug)).toBe(true);
  });

  it('derive RFC 4122 version 5 shaped ids from names', () => {
    expect(stableUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});
