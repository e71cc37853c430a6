import { isStaffOrAdmin, type Identity } from '@msa/auth';

/** A payment is seen by the customer who paid and by staff; to anyone else it does not exist. */
export function canSeePayment(viewer: Identity | null, payment: { customerId: string }): boolean {
  if (!viewer) return false;
  return viewer.userId === payment.customerId || isStaffOrAdmin(viewer);
}
