import { timingSafeEqual, createHash } from 'node:crypto';
import type { ServiceScope } from './identity';

/** Where the users service issues service tokens; services call it with the shared internal secret. */
export const SERVICE_TOKEN_PATH = '/internal/service-token';

/**
 * A development-only default. It is published in this repository, so it is refused in production (see
 * internalServiceSecret) and by any server that listens beyond loopback.
 */
export const DEV_INTERNAL_SERVICE_SECRET = 'dev-internal-service-secret-change-me';

/**
 * The scopes each internal service's token carries: only what its own calls need. A service not listed here
 * gets no token.
 */
export const SERVICE_TOKEN_SCOPES: Readonly<Record<string, readonly ServiceScope[]>> = {
  // Looks up a recipient's contact data and an order's number/customer to address messages.
  notifications: ['users:read', 'orders:read'],
};

export function internalServiceSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.INTERNAL_SERVICE_SECRET;
  if (env.NODE_ENV === 'production' && (!secret || secret === DEV_INTERNAL_SERVICE_SECRET))
    throw new Error(
      'INTERNAL_SERVICE_SECRET must be set in production (not the published development secret).',
    );
  if (secret) return secret;
  return DEV_INTERNAL_SERVICE_SECRET;
}

/** Constant-time comparison of a presented secret with the expected one. */
export function secretMatches(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export interface ServiceTokenClient {
  /** A valid service access token, fetched once and reused until a minute before it expires. */
  token(): Promise<string>;
}

/**
 * For services that must read data through the router as themselves (e.g. notifications looking up a
 * recipient's email): exchanges the internal secret for a short-lived access token signed by users.
 */
export function createServiceTokenClient(options: {
  usersBaseUrl: string;
  secret: string;
  service: string;
}): ServiceTokenClient {
  let cached: { token: string; expiresAt: number } | null = null;
  return {
    async token() {
      if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
      const response = await fetch(new URL(SERVICE_TOKEN_PATH, options.usersBaseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.secret}` },
        body: JSON.stringify({ service: options.service }),
      });
      if (!response.ok) throw new Error(`service token request failed: HTTP ${response.status}`);
      const body = (await response.json()) as { accessToken: string; expiresIn: number };
      cached = { token: body.accessToken, expiresAt: Date.now() + body.expiresIn * 1000 };
      return body.accessToken;
    },
  };
}
