import type { VariantDraft } from '../domain/variant-rules';
import type { FixtureProduct } from './catalog-fixture';

function combinations(axes: [string, string[]][]): { name: string; value: string }[][] {
  return axes.reduce<{ name: string; value: string }[][]>(
    (partial, [name, values]) =>
      partial.flatMap((options) => values.map((value) => [...options, { name, value }])),
    [[]],
  );
}

const code = (value: string) =>
  value
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 6);

/** One variant per combination of the product's options, SKUs built from the slug and the option values. */
export function fixtureVariants(product: FixtureProduct, slug: string): VariantDraft[] {
  const axes = Object.entries(product.options ?? {});
  const prefix = slug.toUpperCase().slice(0, 40).replace(/-+$/, '');
  return combinations(axes).map((options) => {
    const first = options[0]?.value;
    const price = product.price + (first ? (product.surcharge?.[first] ?? 0) : 0);
    return {
      sku: options.length ? `${prefix}-${options.map((option) => code(option.value)).join('-')}` : prefix,
      options,
      price,
      compareAtPrice:
        product.compareAtPrice === undefined ? null : product.compareAtPrice + (price - product.price),
      weightGrams: product.weightGrams,
    };
  });
}
