/**
 * Choosing a variant by its options (Size: M, Colour: Blue) on the product page: which option values exist,
 * which variant a choice points at, and what to switch to when a choice has no exact match.
 */

export interface VariantOptionLike {
  name: string;
  value: string;
}

export interface VariantLike {
  id: string;
  options: readonly VariantOptionLike[];
  inStock: boolean;
}

export interface OptionGroup {
  name: string;
  values: string[];
}

export type OptionSelection = Readonly<Record<string, string>>;

/** Option names with their values, both in the order the variants list them. */
export function optionGroups(variants: readonly VariantLike[]): OptionGroup[] {
  const groups = new Map<string, string[]>();
  for (const variant of variants) {
    for (const { name, value } of variant.options) {
      const values = groups.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      groups.set(name, values);
    }
  }
  return [...groups].map(([name, values]) => ({ name, values }));
}

export function selectionOf(variant: VariantLike): OptionSelection {
  return Object.fromEntries(variant.options.map((option) => [option.name, option.value]));
}

function matches(variant: VariantLike, selection: OptionSelection): boolean {
  return Object.entries(selection).every(([name, value]) =>
    variant.options.some((option) => option.name === name && option.value === value),
  );
}

/** The variant shown first: the first one in stock, else the first one. */
export function initialVariant<V extends VariantLike>(variants: readonly V[]): V | null {
  return variants.find((variant) => variant.inStock) ?? variants[0] ?? null;
}

/**
 * The variant after choosing `name = value`: the one that keeps every other choice if it exists, otherwise
 * the closest one with that value (most other choices kept, in stock preferred), so a click always lands on
 * a real variant.
 */
export function chooseOption<V extends VariantLike>(
  variants: readonly V[],
  current: V | null,
  name: string,
  value: string,
): V | null {
  const wanted = { ...(current ? selectionOf(current) : {}), [name]: value };
  const candidates = variants.filter((variant) => matches(variant, { [name]: value }));
  const kept = (variant: V) =>
    Object.entries(wanted).filter(([n, v]) => variant.options.some((o) => o.name === n && o.value === v))
      .length;
  let best: V | null = null;
  for (const candidate of candidates) {
    if (
      !best ||
      kept(candidate) > kept(best) ||
      (kept(candidate) === kept(best) && candidate.inStock && !best.inStock)
    ) {
      best = candidate;
    }
  }
  return best;
}

/**
 * Whether `name = value` together with the other current choices names a variant that can be bought; the
 * picker marks the others as sold out or unavailable.
 */
export function optionAvailability(
  variants: readonly VariantLike[],
  current: VariantLike | null,
  name: string,
  value: string,
): 'in-stock' | 'sold-out' | 'unavailable' {
  const others = Object.fromEntries(
    Object.entries(current ? selectionOf(current) : {}).filter(([optionName]) => optionName !== name),
  );
  const found = variants.filter((variant) => matches(variant, { ...others, [name]: value }));
  if (found.length === 0) return 'unavailable';
  return found.some((variant) => variant.inStock) ? 'in-stock' : 'sold-out';
}
