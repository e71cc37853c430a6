import { hasServiceScope, isStaffOrAdmin, type Identity } from '@msa/auth';

/** Email and address book are visible to their owner, to staff and to services holding users:read only. */
export function canViewPrivateUserData(viewer: Identity | null, userId: string): boolean {
  if (!viewer) return false;
  if (viewer.kind === 'service') return hasServiceScope(viewer, 'users:read');
  return viewer.userId === userId || isStaffOrAdmin(viewer);
}
