import { problem, type Problem } from './problem';
import type { VariantOption } from './records';

export const MAX_OPTIONS_PER_VARIANT = 5;
const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** What an admin supplies for a variant; missing title and weight get defaults. */
export interface VariantDraft {
  sku: string;
  title?: string | null;
  options?: VariantOption[] | null;
  price: number;
  compareAtPrice?: number | null;
  weightGrams?: number | null;
}

/** A variant ready to store: trimmed, defaults applied. */
export interface VariantValues {
  sku: string;
  title: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
}

/** "Black / M" from the option values, or "Default" for a product with a single, option-less variant. */
export function variantTitle(options: readonly VariantOption[]): string {
  return options.length ? options.map((option) => option.value).join(' / ') : 'Default';
}

export function normalizeVariant(draft: VariantDraft): VariantValues {
  const options = (draft.options ?? []).map((option) => ({
    name: option.name.trim(),
    value: option.value.trim(),
  }));
  const title = draft.title?.trim() || variantTitle(options);
  return {
    sku: draft.sku.trim(),
    title,
    options,
    price: draft.price,
    compareAtPrice: draft.compareAtPrice ?? null,
    weightGrams: draft.weightGrams ?? 0,
  };
}

function optionProblems(options: readonly VariantOption[], field: string[]): Problem[] {
  const problems: Problem[] = [];
  if (options.length > MAX_OPTIONS_PER_VARIANT) {
    problems.push(
      problem('INVALID_OPTIONS', `A variant has at most ${MAX_OPTIONS_PER_VARIANT} options`, field),
    );
  }
  const names = new Set<string>();
  options.forEach((option, index) => {
    const at = [...field, String(index)];
    if (option.name.length < 1 || option.name.length > 40) {
      problems.push(problem('INVALID_OPTIONS', 'Option names must be 1 to 40 characters', [...at, 'name']));
    }
    if (option.value.length < 1 || option.value.length > 80) {
      problems.push(problem('INVALID_OPTIONS', 'Option values must be 1 to 80 characters', [...at, 'value']));
    }
    const key = option.name.toLowerCase();
    if (names.has(key))
      problems.push(problem('INVALID_OPTIONS', `Option "${option.name}" is given twice`, [...at, 'name']));
    names.add(key);
  });
  return problems;
}

/** Every rule a single variant breaks; `field` is the path of the variant in the mutation input. */
export function variantProblems(values: VariantValues, field: string[]): Problem[] {
  const problems: Problem[] = [];
  if (!SKU_PATTERN.test(values.sku)) {
    problems.push(
      problem(
        'INVALID_SKU',
        'SKU must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
        [...field, 'sku'],
      ),
    );
  }
  if (values.title.length > 120)
    problems.push(problem('INVALID_TITLE', 'Title must be at most 120 characters', [...field, 'title']));
  problems.push(...optionProblems(values.options, [...field, 'options']));
  if (!Number.isInteger(values.price) || values.price < 0) {
    problems.push(
      problem('INVALID_PRICE', 'Price must be a whole number of cents, 0 or more', [...field, 'price']),
    );
  }
  if (
    values.compareAtPrice !== null &&
    (!Number.isInteger(values.compareAtPrice) || values.compareAtPrice <= values.price)
  ) {
    problems.push(
      problem(
        'INVALID_COMPARE_AT_PRICE',
        'Compare-at price must be a whole number of cents above the price',
        [...field, 'compareAtPrice'],
      ),
    );
  }
  if (!Number.isInteger(values.weightGrams) || values.weightGrams < 0) {
    problems.push(
      problem('INVALID_WEIGHT', 'Weight must be a whole number of grams, 0 or more', [
        ...field,
        'weightGrams',
      ]),
    );
  }
  return problems;
}

function optionSetKey(options: readonly VariantOption[]): string {
  return JSON.stringify(
    options
      .map((option) => [option.name.toLowerCase(), option.value.toLowerCase()])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

/**
 * Rules across the variants of one product: no SKU twice, and no two variants with the same options (a
 * shopper could not tell them apart). `variants` pairs each variant with its path in the input.
 */
export function variantSetProblems(
  variants: readonly { values: VariantValues; field: string[] }[],
): Problem[] {
  const problems: Problem[] = [];
  const skus = new Set<string>();
  const optionSets = new Set<string>();
  for (const { values, field } of variants) {
    // SKUs are compared exactly, like the database's unique index does.
    const sku = values.sku;
    if (skus.has(sku))
      problems.push(problem('DUPLICATE_SKU', `SKU "${values.sku}" is used twice`, [...field, 'sku']));
    skus.add(sku);
    const key = optionSetKey(values.options);
    if (optionSets.has(key)) {
      problems.push(
        problem('DUPLICATE_OPTIONS', 'Another variant of this product has the same options', [
          ...field,
          'options',
        ]),
      );
    }
    optionSets.add(key);
  }
  return problems;
}
