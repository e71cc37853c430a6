import { InvalidAccessTokenError, type AccessTokenVerifier } from './access-token';

/**
 * Per-user session versions in Redis: every access token carries the version current when it was issued
 * (claim `sv`), and logout, a password change, a role change or disabling the account raise the version,
 * so the user's earlier tokens stop working everywhere within the verifiers' cache time (about a second)
 * instead of at their expiry.
 */
export const SESSION_VERSION_KEY_PREFIX = 'auth:session-version:';

/** The few Redis commands the store needs (an ioredis client fits). */
export interface SessionVersionRedis {
  get(key: string): Promise<string | null>;
  incr(key: string): Promise<number>;
}

export interface SessionVersionStore {
  /** The user's current version; 0 when never raised. */
  current(userId: string): Promise<number>;
  /** Raises the version: every token issued before stops working. Returns the new version. */
  revoke(userId: string): Promise<number>;
}

export function redisSessionVersions(
  redis: SessionVersionRedis,
  options: { cacheMs?: number; now?: () => number } = {},
): SessionVersionStore {
  const cacheMs = options.cacheMs ?? 1_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { version: number; until: number }>();
  return {
    async current(userId) {
      const cached = cache.get(userId);
      if (cached && cached.until > now()) return cached.version;
      const version = Number((await redis.get(SESSION_VERSION_KEY_PREFIX + userId)) ?? 0) || 0;
      if (cache.size > 10_000) cache.clear();
      cache.set(userId, { version, until: now() + cacheMs });
      return version;
    },
    async revoke(userId) {
      cache.delete(userId);
      return redis.incr(SESSION_VERSION_KEY_PREFIX + userId);
    },
  };
}

/**
 * Wraps a verifier so user tokens issued under an older session version are refused like expired ones.
 * Service tokens have no session. When the store cannot be read the token is accepted and `onError` is
 * told: a Redis outage must not sign every user out (tokens still expire within minutes).
 */
export function revocationCheckingVerifier(
  verifier: AccessTokenVerifier,
  versions: SessionVersionStore,
  onError: (error: unknown) => void = () => {},
): AccessTokenVerifier {
  return {
    async verify(token) {
      const identity = await verifier.verify(token);
      if (identity.kind !== 'user') return identity;
      let current: number;
      try {
        current = await versions.current(identity.userId);
      } catch (error) {
        onError(error);
        return identity;
      }
      if ((identity.sessionVersion ?? 0) < current)
        throw new InvalidAccessTokenError('Access token has been revoked; sign in again');
      return identity;
    },
  };
}
