import type { Redis } from 'ioredis';

/** A month: a variant whose flag was forgotten only costs one more purge. */
const REMEMBERED_SECONDS = 30 * 86_400;

/**
 * The last in-stock flag the router learned for each variant. Public answers show only the flag (the
 * numbers are staff-only and never cached), so a stock change purges the cache only when it flips the flag
 * or the flag was not known, not on every reservation.
 */
export interface StockFlags {
  /** Records the variant's flag; true when it differs from the one recorded before (or none was). */
  flipped(variantId: string, inStock: boolean): Promise<boolean>;
}

export function redisStockFlags(redis: Redis, keyPrefix: string): StockFlags {
  return {
    async flipped(variantId, inStock) {
      const flag = inStock ? '1' : '0';
      // SET … GET swaps atomically, so two replicas handling stock events of one variant agree on a flip.
      const previous = (await redis.call(
        'SET',
        `${keyPrefix}in-stock:${variantId}`,
        flag,
        'EX',
        String(REMEMBERED_SECONDS),
        'GET',
      )) as string | null;
      return previous !== flag;
    },
  };
}
