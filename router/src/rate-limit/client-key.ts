import type { Identity } from '@msa/auth';

/** Signed-in clients are limited per user wherever they connect from; anonymous ones per IP address. */
export function rateLimitClientKey(identity: Identity | null, clientIp: string): string {
  return identity ? `user:${identity.userId}` : `ip:${clientIp}`;
}
