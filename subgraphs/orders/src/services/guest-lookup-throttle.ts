import type { Redis } from 'ioredis';

/** One counter of failed lookups: what it counts (an order number, an email, a client address) and its ceiling. */
export interface ThrottleKey {
  key: string;
  maxFailures: number;
}

export interface GuestLookupThrottle {
  /** Seconds until every key that used up its failed lookups for the current window frees up; null when none did. */
  blockedFor(keys: readonly ThrottleKey[]): Promise<number | null>;
  /** Counts one failed lookup against every key. */
  failed(keys: readonly ThrottleKey[]): Promise<void>;
}

/**
 * Fixed-window counters of failed guest order lookups in Redis, shared by every replica. A window starts at
 * a key's first failure and ends windowSeconds later.
 */
export function createGuestLookupThrottle(
  redis: Redis,
  options: { windowSeconds: number; keyPrefix: string },
): GuestLookupThrottle {
  const keyOf = (key: ThrottleKey) => `${options.keyPrefix}${key.key}`;
  return {
    async blockedFor(keys) {
      if (!keys.length) return null;
      const counts = await redis.mget(keys.map(keyOf));
      const spent = keys.filter((key, index) => Number(counts[index] ?? 0) >= key.maxFailures);
      if (!spent.length) return null;
      const ttls = await Promise.all(spent.map((key) => redis.ttl(keyOf(key))));
      return Math.max(1, ...ttls);
    },
    async failed(keys) {
      const pipeline = redis.multi();
      for (const key of keys) {
        pipeline.set(keyOf(key), 0, 'EX', options.windowSeconds, 'NX');
        pipeline.incr(keyOf(key));
      }
      await pipeline.exec();
    },
  };
}
