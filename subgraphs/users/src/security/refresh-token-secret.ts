import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;

/** An opaque, unguessable refresh token for the client; only its hash is ever stored. */
export function generateRefreshToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * SHA-256 rather than a password hash: the token has 256 bits of entropy, so a fast hash cannot be brute
 * forced, and lookups by hash stay cheap.
 */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
