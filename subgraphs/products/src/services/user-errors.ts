import { userError, type UserError } from '@msa/subgraph-kit';
import type { Problem } from '../domain/problem';
import { UniqueViolationError } from '../data/unique-violation';

export function toUserErrors(problems: readonly Problem[]): UserError[] {
  return problems.map((p) => userError(p.code, p.message, p.field));
}

/**
 * A concurrent request took the slug or SKU between our check and the write; report it like the check would
 * have. Anything else is not a business failure and propagates.
 */
export function uniqueViolationUserErrors(
  error: unknown,
  skuField: string[] = ['input', 'sku'],
): UserError[] {
  if (!(error instanceof UniqueViolationError)) throw error;
  if (error.fields.includes('sku'))
    return [userError('SKU_TAKEN', 'This SKU is already used by another variant', skuField)];
  if (error.fields.includes('slug'))
    return [userError('SLUG_TAKEN', 'This slug is already used', ['input', 'slug'])];
  throw error;
}
