import type { Identity } from '@msa/auth';
import { forbidden, requireIdentity, requireOwnerOrStaff } from '@msa/subgraph-kit';
import type { CartRecord } from '../domain/cart';

/**
 * Guest carts are bearer objects: whoever holds the id may use them. A customer cart is readable by its owner
 * and by staff (support), and only its owner may change it.
 */
export function assertCanRead(cart: CartRecord, identity: Identity | null): void {
  if (cart.customerId === null) return;
  requireOwnerOrStaff({ identity }, cart.customerId);
}

export function assertCanWrite(cart: CartRecord, identity: Identity | null): void {
  if (cart.customerId === null) return;
  const caller = requireIdentity({ identity });
  if (caller.userId !== cart.customerId) throw forbidden('This cart belongs to another customer');
}
