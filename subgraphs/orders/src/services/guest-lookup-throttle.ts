import type { Redis } from 'ioredis';

export interface GuestLookupThrottle {
  /** Whether any of these keys used up its failed lookups for the current window. */
  blocked(keys: readonly string[]): Promise<boolean>;
  /** Counts one failed lookup against every key. */
  failed(keys: readonly string[]): Promise<void>;
}

export interface ThrottleOptions {
  /** Failed lookups allowed per key and window. */
  maxFailures: number;
  windowSeconds: number;
  keyPrefix: string;
}

/**
 * Fixed-window counters of failed guest order lookups in Redis, shared by every replica. A window starts at
 * a key's first failure and ends windowSeconds later.
 */
export function createGuestLookupThrottle(redis: Redis, options: ThrottleOptions): GuestLookupThrottle {
  const keyOf = (key: string) => `${options.keyPrefix}${key}`;
  return {
    async blocked(keys) {
      if (!keys.length) return false;
      const counts = await redis.mget(keys.map(keyOf));
      return counts.some((count) => Number(count ?? 0) >= options.maxFailures);
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
