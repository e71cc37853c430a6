import type { Redis } from 'ioredis';

/**
 * The catalog's generation: a counter in Redis that every cached response is stored with. Any catalog change
 * bumps it, so every response cached before the change stops being served (and is replaced or expires), on
 * every router replica at once. The response cache reads it with its lookup, in the same round trip (`key`).
 */
export interface CatalogGeneration {
  /** The Redis key of the counter; missing means generation '0'. */
  readonly key: string;
  bump(): Promise<void>;
}

export function redisCatalogGeneration(redis: Redis, keyPrefix: string): CatalogGeneration {
  const key = `${keyPrefix}catalog-generation`;
  return {
    key,
    async bump() {
      await redis.incr(key);
    },
  };
}
