/**
 * Roles a principal can hold. STAFF may read admin data; only ADMIN may change it. SERVICE is held only by
 * internal services' own tokens: it grants nothing by itself, just the scopes listed in the token.
 */
export const ROLES = ['CUSTOMER', 'STAFF', 'ADMIN', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a user account can hold (SERVICE is never assigned to a user). */
export type UserRoleName = Exclude<Role, 'SERVICE'>;

/** What a service token may read; each is checked by the one resolver that serves it. */
export const SERVICE_SCOPES = ['users:read', 'orders:read'] as const;
export type ServiceScope = (typeof SERVICE_SCOPES)[number];

/** Who is calling: a signed-in user, or an internal service acting on its own behalf. */
export interface Identity {
  userId: string;
  role: Role;
  /** 'service' identities are minted for internal workers; they carry the SERVICE role and their scopes. */
  kind: 'user' | 'service';
  /** Scopes of a service identity (empty for users). */
  scopes?: readonly ServiceScope[];
  /** The session version the token was issued under (users only); older than the user's current one = revoked. */
  sessionVersion?: number;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isServiceScope(value: unknown): value is ServiceScope {
  return typeof value === 'string' && (SERVICE_SCOPES as readonly string[]).includes(value);
}

export function isAdmin(identity: Identity | null | undefined): boolean {
  return identity?.role === 'ADMIN' && identity.kind === 'user';
}

export function isStaffOrAdmin(identity: Identity | null | undefined): boolean {
  return (identity?.role === 'ADMIN' || identity?.role === 'STAFF') && identity.kind === 'user';
}

/** A service identity holding `scope`. */
export function hasServiceScope(identity: Identity | null | undefined, scope: ServiceScope): boolean {
  return identity?.kind === 'service' && identity.role === 'SERVICE' && !!identity.scopes?.includes(scope);
}
