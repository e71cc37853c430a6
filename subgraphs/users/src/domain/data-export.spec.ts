import { describe, expect, it } from 'vitest';
import {
  anonymisedAccount,
  assembleExport,
  checkExportLink,
  missingParts,
  signedExportPath,
  usersExportPart,
} from './data-export';

const at = new Date('2026-12-01T10:00:00.000Z');
const SECRET = 'link-secret';

function linkParams(path: string) {
  const query = new URLSearchParams(path.split('?')[1]);
  return { expires: query.get('expires') ?? undefined, signature: query.get('signature') ?? undefined };
}

describe('usersExportPart', () => {
  it('holds the profile and the address book, never a password', () => {
    const part = usersExportPart(
      { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'CUSTOMER', createdAt: at },
      [
        {
          name: 'Ada',
          line1: '1 Main St',
          line2: null,
          city: 'Springfield',
          region: null,
          postalCode: '12345',
          country: 'US',
          phone: null,
          isDefault: true,
          createdAt: at,
        },
      ],
    );
    expect(part).toMatchObject({
      profile: { id: 'u1', email: 'ada@example.com', name: 'Ada', createdAt: at.toISOString() },
      addresses: [{ line1: '1 Main St', isDefault: true }],
    });
    expect(JSON.stringify(part)).not.toMatch(/password/i);
  });
});

describe('missingParts', () => {
  it('names the contributors that have not answered yet', () => {
    expect(missingParts(['users', 'cart', 'orders'], { cart: {}, users: null })).toEqual(['orders']);
    expect(missingParts(['users'], { users: {} })).toEqual([]);
  });
});

describe('assembleExport', () => {
  it('writes one section per subgraph, sorted, with when it was asked for and made', () => {
    const file = JSON.parse(
      assembleExport({
        exportId: 'e1',
        userId: 'u1',
        requestedAt: at,
        generatedAt: at,
        parts: { users: 1, cart: 2 },
      }),
    ) as { data: Record<string, unknown>; requestedAt: string };
    expect(Object.keys(file.data)).toEqual(['cart', 'users']);
    expect(file).toMatchObject({ exportId: 'e1', userId: 'u1', requestedAt: at.toISOString() });
  });
});

describe('download links', () => {
  const expiresAt = new Date(at.getTime() + 60_000);
  const path = signedExportPath(SECRET, 'e1', expiresAt);

  it('accepts the link it signed until it expires', () => {
    const { expires, signature } = linkParams(path);
    expect(path.startsWith('/privacy/exports/e1?')).toBe(true);
    expect(checkExportLink(SECRET, 'e1', expires, signature, at)).toEqual({ ok: true, expiresAt });
    expect(checkExportLink(SECRET, 'e1', expires, signature, expiresAt)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses another export id, a moved expiry, another key or missing parameters', () => {
    const { expires, signature } = linkParams(path);
    expect(checkExportLink(SECRET, 'e2', expires, signature, at).ok).toBe(false);
    expect(checkExportLink(SECRET, 'e1', String(expiresAt.getTime() + 1), signature, at).ok).toBe(false);
    expect(checkExportLink('other', 'e1', expires, signature, at).ok).toBe(false);
    expect(checkExportLink(SECRET, 'e1', undefined, signature, at)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkExportLink(SECRET, 'e1', 'soon', signature, at)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('anonymisedAccount', () => {
  it('gives the row an address on a reserved domain and a name that says it is gone', () => {
    expect(anonymisedAccount('u1')).toEqual({ email: 'deleted-u1@deleted.invalid', name: 'Deleted account' });
  });
});
