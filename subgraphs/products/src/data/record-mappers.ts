import type { Prisma, ProductVariant } from '../__generated__/prisma/client';
import type { VariantOption, VariantRecord } from '../domain/records';
import type { VariantValues } from '../domain/variant-rules';

function isOption(value: unknown): value is VariantOption {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.name === 'string' && typeof candidate.value === 'string';
}

/** Options are stored as JSON; anything that is not a {name, value} pair is dropped rather than served. */
export function toVariantRecord(row: ProductVariant): VariantRecord {
  const options: unknown[] = Array.isArray(row.options) ? row.options : [];
  return { ...row, options: options.filter(isOption).map(({ name, value }) => ({ name, value })) };
}

/** The columns of a variant as Prisma writes them (options as a JSON array of {name, value}). */
export function toVariantData(values: VariantValues) {
  const options: Prisma.InputJsonArray = values.options.map(({ name, value }) => ({ name, value }));
  return { ...values, options };
}
