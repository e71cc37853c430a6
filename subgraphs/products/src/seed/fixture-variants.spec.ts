import { describe, expect, it } from 'vitest';
import { normalizeVariant, variantProblems, variantSetProblems } from '../domain/variant-rules';
import { slugify } from '../domain/slug';
import { FIXTURE_CATEGORIES, FIXTURE_PRODUCTS } from './catalog-fixture';
import { fixtureVariants } from './fixture-variants';

describe('fixtureVariants', () => {
  it('makes one variant per option combination with surcharges', () => {
    const variants = fixtureVariants(
      {
        name: 'Tee',
        category: 'x',
        description: '',
        price: 1000,
        compareAtPrice: 1500,
        weightGrams: 100,
        options: { Size: ['M', 'XL'], Color: ['Black', 'White'] },
        surcharge: { XL: 200 },
      },
      'tee',
    );
    expect(variants.map((v) => [v.sku, v.price, v.compareAtPrice])).toEqual([
      ['TEE-M-BLACK', 1000, 1500],
      ['TEE-M-WHITE', 1000, 1500],
      ['TEE-XL-BLACK', 1200, 1700],
      ['TEE-XL-WHITE', 1200, 1700],
    ]);
  });

  it('makes a single option-less variant for products without options', () => {
    expect(
      fixtureVariants({ name: 'Mug', category: 'x', description: '', price: 900, weightGrams: 300 }, 'mug'),
    ).toEqual([{ sku: 'MUG', options: [], price: 900, compareAtPrice: null, weightGrams: 300 }]);
  });
});

describe('the demo catalog', () => {
  const slugs = FIXTURE_PRODUCTS.map((product) => slugify(product.name));

  it('is big enough to browse and valid under the catalog rules', () => {
    expect(FIXTURE_CATEGORIES.length).toBeGreaterThanOrEqual(8);
    expect(FIXTURE_PRODUCTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(slugs).size).toBe(slugs.length);
    const categorySlugs = new Set(FIXTURE_CATEGORIES.map((category) => category.slug));
    for (const category of FIXTURE_CATEGORIES)
      if (category.parent) expect(categorySlugs.has(category.parent)).toBe(true);

    const allSkus: string[] = [];
    FIXTURE_PRODUCTS.forEach((product, index) => {
      expect(categorySlugs.has(product.category), product.name).toBe(true);
      const variants = fixtureVariants(product, slugs[index]!).map((draft, i) => ({
        values: normalizeVariant(draft),
        field: [String(i)],
      }));
      const problems = [
        ...variants.flatMap((v) => variantProblems(v.values, v.field)),
        ...variantSetProblems(variants),
      ];
      expect(problems, product.name).toEqual([]);
      allSkus.push(...variants.map((v) => v.values.sku));
    });
    expect(new Set(allSkus).size).toBe(allSkus.length);
    expect(
      FIXTURE_PRODUCTS.filter((product) => /headphones/i.test(product.name)).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
