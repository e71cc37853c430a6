import type { Identity } from '@msa/auth';
import { isStaffOrAdmin } from '@msa/auth';
import type { ProductStatus } from './records';

/**
 * Which statuses a caller may list. Customers and anonymous visitors see the live catalog only; staff see
 * every status unless they narrow it. Returns null when the caller asked for something they may not see.
 */
export function visibleStatuses(
  identity: Identity | null,
  requested: ProductStatus | null | undefined,
): ProductStatus[] | null {
  if (isStaffOrAdmin(identity)) return requested ? [requested] : ['DRAFT', 'ACTIVE', 'ARCHIVED'];
  if (requested && requested !== 'ACTIVE') return null;
  return ['ACTIVE'];
}

export function canSeeProduct(identity: Identity | null, status: ProductStatus): boolean {
  return status === 'ACTIVE' || isStaffOrAdmin(identity);
}
