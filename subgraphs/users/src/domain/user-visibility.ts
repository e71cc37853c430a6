import { isStaffOrAdmin, type Identity } from '@msa/auth';

/** Email and address book are visible to their owner and to staff (including internal services) only. */
export function canViewPrivateUserData(viewer: Identity | null, userId: string): boolean {
  if (!viewer) return false;
  return viewer.userId === userId || isStaffOrAdmin(viewer);
}
