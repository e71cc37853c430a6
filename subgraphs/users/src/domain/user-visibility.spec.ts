import { describe, expect, it } from 'vitest';
import { canViewPrivateUserData } from './user-visibility';

describe('canViewPrivateUserData', () => {
  it('lets owners, staff, admins and services see private data', () => {
    expect(canViewPrivateUserData({ userId: 'u1', role: 'CUSTOMER', kind: 'user' }, 'u1')).toBe(true);
    expect(canViewPrivateUserData({ userId: 's1', role: 'STAFF', kind: 'user' }, 'u1')).toBe(true);
    expect(canViewPrivateUserData({ userId: 'a1', role: 'ADMIN', kind: 'user' }, 'u1')).toBe(true);
    expect(
      canViewPrivateUserData(
        { userId: 'service:notifications', role: 'SERVICE', kind: 'service', scopes: ['users:read'] },
        'u1',
      ),
    ).toBe(true);
  });

  it('is hidden from services without the users:read scope', () => {
    expect(
      canViewPrivateUserData(
        { userId: 'u1', role: 'SERVICE', kind: 'service', scopes: ['orders:read'] },
        'u1',
      ),
    ).toBe(false);
  });

  it('hides it from other customers and anonymous callers', () => {
    expect(canViewPrivateUserData({ userId: 'u2', role: 'CUSTOMER', kind: 'user' }, 'u1')).toBe(false);
    expect(canViewPrivateUserData(null, 'u1')).toBe(false);
  });
});
