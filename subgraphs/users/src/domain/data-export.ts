import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PostalAddress } from '@msa/subgraph-kit';

/** How long a ready export can be downloaded. */
export const EXPORT_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** A pending export older than this no longer blocks a new request (a contributor never answered). */
export const EXPORT_PENDING_TIMEOUT_MS = 60 * 60 * 1000;

export const DATA_EXPORT_PATH_PREFIX = '/privacy/exports/';

/** The users subgraph's own part: the profile and the address book, nothing about credentials. */
export function usersExportPart(
  user: { id: string; email: string; name: string; role: string; createdAt: Date },
  addresses: readonly (PostalAddress & { isDefault: boolean; createdAt: Date })[],
): unknown {
  return {
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
    },
    addresses: addresses.map((a) => ({
      name: a.name,
      line1: a.line1,
      line2: a.line2,
      city: a.city,
      region: a.region,
      postalCode: a.postalCode,
      country: a.country,
      phone: a.phone,
      isDefault: a.isDefault,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

/** The subgraphs still to answer, in the order they were expected. */
export function missingParts(
  expected: readonly string[],
  parts: Readonly<Record<string, unknown>>,
): string[] {
  return expected.filter((subgraph) => !Object.hasOwn(parts, subgraph));
}

/** The downloadable document: one section per subgraph, sorted by name so the file reads the same every time. */
export function assembleExport(input: {
  exportId: string;
  userId: string;
  requestedAt: Date;
  generatedAt: Date;
  parts: Readonly<Record<string, unknown>>;
}): string {
  const sections = Object.fromEntries(
    Object.keys(input.parts)
      .sort()
      .map((subgraph) => [subgraph, input.parts[subgraph]]),
  );
  return JSON.stringify(
    {
      exportId: input.exportId,
      userId: input.userId,
      requestedAt: input.requestedAt.toISOString(),
      generatedAt: input.generatedAt.toISOString(),
      data: sections,
    },
    null,
    2,
  );
}

function linkSignature(secret: string, exportId: string, expiresAt: Date): string {
  return createHmac('sha256', secret)
    .update(`data-export:${exportId}:${expiresAt.getTime()}`)
    .digest('base64url');
}

/** The path (below the router's origin) that serves an export until `expiresAt`, signed with `secret`. */
export function signedExportPath(secret: string, exportId: string, expiresAt: Date): string {
  const query = new URLSearchParams({
    expires: String(expiresAt.getTime()),
    signature: linkSignature(secret, exportId, expiresAt),
  });
  return `${DATA_EXPORT_PATH_PREFIX}${exportId}?${query.toString()}`;
}

export type LinkCheck = { ok: true; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks a download link's signature and expiry; a tampered id or expiry fails the signature. */
export function checkExportLink(
  secret: string,
  exportId: string,
  expires: unknown,
  signature: unknown,
  now: Date,
): LinkCheck {
  if (typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,15}$/.test(expires))
    return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(Number(expires));
  const expected = Buffer.from(linkSignature(secret, exportId, expiresAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt };
}

/** What a deleted account's row keeps: its id, an address nobody can own and a name that says so. */
export function anonymisedAccount(userId: string): { email: string; name: string } {
  return { email: `deleted-${userId}@deleted.invalid`, name: 'Deleted account' };
}
