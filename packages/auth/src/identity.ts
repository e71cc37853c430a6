/** Roles a principal can hold. STAFF may read admin data; only ADMIN may change it. */
export const ROLES = ['CUSTOMER', 'STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a signed-in user, or an internal service acting on its own behalf. */
export interface Identity {
  userId: string;
  role: Role;
  /** 'service' identities are minted for internal workers; they carry the ADMIN role. */
  kind: 'user' | 'service';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAdmin(identity: Identity | null | undefined): boolean {
  return identity?.role === 'ADMIN';
}

export function isStaffOrAdmin(identity: Identity | null | undefined): boolean {
  return identity?.role === 'ADMIN' || identity?.role === 'STAFF';
}
