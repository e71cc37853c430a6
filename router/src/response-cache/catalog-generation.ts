import type { Redis } from 'ioredis';

/**
 * The catalog's generation: a counter in Redis that is part of every cached response's key. Any catalog
 * change bumps it, so every response cached before the change stops being found (and expires on its own),
 * on every router replica at once.
 */
export interface CatalogGeneration {
  current(): Promise<string>;
  bump(): Promise<void>;
}

export function redisCatalogGeneration(redis: Redis, keyPrefix: string): CatalogGeneration {
  const key = `${keyPrefix}catalog-generation`;
  return {
    async current() {
      return (await redis.get(key)) ?? '0';
    },
    async bump() {
      await redis.incr(key);
    },
  };
}
