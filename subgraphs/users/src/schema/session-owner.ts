import type { Identity } from '@msa/auth';
import type { UserRecord } from '../data/user.repo';
import { canViewPrivateUserData } from '../domain/user-visibility';

const SESSION_OWNER = Symbol('sessionOwner');

type MarkedUser = UserRecord & { [SESSION_OWNER]?: true };

/**
 * The user in a sign-in or registration payload belongs to whoever just proved the password, even though the
 * request carried no access token yet. The mark exists only on objects created here, so no client can forge it.
 */
export function asSessionOwner(user: UserRecord): UserRecord {
  return Object.assign({ ...user }, { [SESSION_OWNER]: true as const });
}

export function mayViewPrivateFields(viewer: Identity | null, user: UserRecord): boolean {
  return (user as MarkedUser)[SESSION_OWNER] === true || canViewPrivateUserData(viewer, user.id);
}
