import { parseMoneyInput, toMoneyInput } from '@msa/web-kit/money';

/**
 * The product and variant forms: what a person types (all strings) and the API inputs built from it, with
 * a message per field for anything the API would refuse anyway. Updates send only what changed, so an
 * unchanged SKU is never re-submitted as "new" and an untouched field cannot overwrite a concurrent edit.
 */

export type ProductStatusName = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

export interface ProductDraft {
  name: string;
  slug: string;
  description: string;
  categoryId: string;
  status: ProductStatusName;
}

/** A valid product form, as the API takes it. */
export interface ProductFields {
  name: string;
  slug?: string;
  description: string;
  categoryId: string | null;
  status: ProductStatusName;
}

/** Changes to a product: only the fields that differ. */
export type ProductChanges = Partial<ProductFields>;

export type FieldErrors = Partial<Record<string, string>>;
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const EMPTY_PRODUCT: ProductDraft = {
  name: '',
  slug: '',
  description: '',
  categoryId: '',
  status: 'DRAFT',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Za-z0-9._-]{1,64}$/;

/** The product fields as the API takes them; an empty slug is left out so the server derives one. */
export function toProductInput(draft: ProductDraft): Checked<ProductFields> {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  const slug = draft.slug.trim();
  if (!name) errors.name = 'Enter a name';
  if (slug && !SLUG.test(slug))
    errors.slug = 'Use lowercase letters, digits and single hyphens, e.g. "blue-mug"';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      ...(slug ? { slug } : {}),
      description: draft.description.trim(),
      categoryId: draft.categoryId || null,
      status: draft.status,
    },
  };
}

/** Only the product fields that differ from the saved product. */
export function productChanges(saved: ProductFields, edited: ProductFields): ProductChanges {
  const changes: ProductChanges = {};
  if (edited.name !== saved.name) changes.name = edited.name;
  if (edited.slug !== undefined && edited.slug !== saved.slug) changes.slug = edited.slug;
  if (edited.description !== saved.description) changes.description = edited.description;
  if (edited.categoryId !== saved.categoryId) changes.categoryId = edited.categoryId;
  if (edited.status !== saved.status) changes.status = edited.status;
  return changes;
}

export interface VariantOption {
  name: string;
  value: string;
}

/** Reads "Size=M, Colour=Blue" (or "Size: M; Colour: Blue") into options; names must be unique. */
export function parseOptionsText(
  text: string,
): { ok: true; options: VariantOption[] } | { ok: false; message: string } {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const options: VariantOption[] = [];
  for (const part of parts) {
    const match = part.match(/^([^=:]+)[=:](.+)$/);
    const name = match?.[1]?.trim();
    const value = match?.[2]?.trim();
    if (!name || !value) return { ok: false, message: `Write each option as name=value (got "${part}")` };
    if (options.some((option) => option.name.toLowerCase() === name.toLowerCase())) {
      return { ok: false, message: `"${name}" is given twice` };
    }
    options.push({ name, value });
  }
  if (options.length > 5) return { ok: false, message: 'A variant has at most 5 options' };
  return { ok: true, options };
}

export function optionsToText(options: readonly VariantOption[]): string {
  return options.map((option) => `${option.name}=${option.value}`).join(', ');
}

export interface VariantDraft {
  sku: string;
  title: string;
  options: string;
  price: string;
  compareAtPrice: string;
  weightGrams: string;
}

export interface VariantInputFields {
  sku: string;
  title?: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
}

export const EMPTY_VARIANT: VariantDraft = {
  sku: '',
  title: '',
  options: '',
  price: '',
  compareAtPrice: '',
  weightGrams: '',
};

export interface SavedVariant {
  sku: string;
  title: string;
  options: readonly VariantOption[];
  price: { amount: number; currency: string };
  compareAtPrice: { amount: number } | null;
  weightGrams: number;
}

export function draftFromVariant(variant: SavedVariant): VariantDraft {
  const currency = variant.price.currency;
  return {
    sku: variant.sku,
    title: variant.title,
    options: optionsToText(variant.options),
    price: toMoneyInput(variant.price.amount, currency),
    compareAtPrice: variant.compareAtPrice ? toMoneyInput(variant.compareAtPrice.amount, currency) : '',
    weightGrams: String(variant.weightGrams),
  };
}

/** A variant as the API takes it, prices in minor units of `currency`; an empty title is left to the server. */
export function toVariantInput(draft: VariantDraft, currency: string): Checked<VariantInputFields> {
  const errors: FieldErrors = {};
  const sku = draft.sku.trim();
  if (!SKU.test(sku)) errors.sku = 'Use 1 to 64 letters, digits, ".", "-" or "_"';

  const options = parseOptionsText(draft.options);
  if (!options.ok) errors.options = options.message;

  const price = parseMoneyInput(draft.price, currency);
  if (!price.ok) errors.price = price.message;

  let compareAtPrice: number | null = null;
  if (draft.compareAtPrice.trim()) {
    const parsed = parseMoneyInput(draft.compareAtPrice, currency);
    if (!parsed.ok) errors.compareAtPrice = parsed.message;
    else if (price.ok && parsed.amount <= price.amount) errors.compareAtPrice = 'Must be above the price';
    else compareAtPrice = parsed.amount;
  }

  const weightText = draft.weightGrams.trim();
  const weightGrams = weightText === '' ? 0 : Number(weightText);
  if (!Number.isInteger(weightGrams) || weightGrams < 0) errors.weightGrams = 'Enter whole grams, 0 or more';

  if (Object.keys(errors).length > 0 || !options.ok || !price.ok) return { ok: false, errors };
  const title = draft.title.trim();
  return {
    ok: true,
    value: {
      sku,
      ...(title ? { title } : {}),
      options: options.options,
      price: price.amount,
      compareAtPrice,
      weightGrams,
    },
  };
}

export type VariantChanges = Partial<Omit<VariantInputFields, 'compareAtPrice'>> & {
  compareAtPrice?: number | null;
};

/** Only the variant fields that differ from the saved variant; a removed compare-at price is sent as null. */
export function variantChanges(saved: SavedVariant, edited: VariantInputFields): VariantChanges {
  const changes: VariantChanges = {};
  if (edited.sku !== saved.sku) changes.sku = edited.sku;
  if (edited.title !== undefined && edited.title !== saved.title) changes.title = edited.title;
  if (optionsToText(edited.options) !== optionsToText(saved.options)) changes.options = edited.options;
  if (edited.price !== saved.price.amount) changes.price = edited.price;
  if (edited.compareAtPrice !== (saved.compareAtPrice?.amount ?? null))
    changes.compareAtPrice = edited.compareAtPrice;
  if (edited.weightGrams !== saved.weightGrams) changes.weightGrams = edited.weightGrams;
  return changes;
}
