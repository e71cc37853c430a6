import { createHash, randomBytes } from 'node:crypto';

/** A per-order secret for guests: 256 random bits, URL-safe. Only its hash is stored. */
export function newOrderAccessToken(): string {
  return `oat_${randomBytes(32).toString('base64url')}`;
}

export function hashOrderAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Anything that cannot be a token is refused before the database is asked. */
export function looksLikeOrderAccessToken(token: string): boolean {
  return /^oat_[A-Za-z0-9_-]{43}$/.test(token);
}
