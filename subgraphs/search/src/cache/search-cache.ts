import type { Redis } from 'ioredis';

/** Long enough to absorb bursts of the same query, short enough that nothing stale lingers. */
export const DEFAULT_CACHE_TTL_SECONDS = 30;

export interface SearchCacheOptions {
  /** Prefix of every key, e.g. `search:`. */
  keyPrefix: string;
  /** How long an answer is served from the cache; 0 turns the cache off. */
  ttlSeconds: number;
}

export interface SearchCacheMetrics {
  hits: number;
  misses: number;
}

/**
 * Hot search answers in Redis. Every key embeds the index generation, a counter bumped each time the index
 * changes: after a bump no request reads an older answer again (they expire on their own within the TTL),
 * so invalidation is one INCR, shared by every replica, with no key scans.
 */
export class SearchCache {
  readonly metrics: SearchCacheMetrics = { hits: 0, misses: 0 };

  constructor(
    private readonly redis: Redis,
    private readonly options: SearchCacheOptions,
  ) {}

  get enabled(): boolean {
    return this.options.ttlSeconds > 0;
  }

  private get generationKey(): string {
    return `${this.options.keyPrefix}generation`;
  }

  /**
   * The cached answer under `kind:key` for the current generation, or the freshly computed one (then stored).
   * Redis being unavailable degrades to computing every answer.
   */
  async getOrCompute<T>(
    kind: string,
    key: string,
    compute: () => Promise<T>,
    onError?: (error: unknown) => void,
  ): Promise<T> {
    if (!this.enabled) return compute();
    let fullKey: string | null = null;
    try {
      const generation = (await this.redis.get(this.generationKey)) ?? '0';
      fullKey = `${this.options.keyPrefix}${kind}:${generation}:${key}`;
      const cached = await this.redis.get(fullKey);
      if (cached !== null) {
        this.metrics.hits += 1;
        return JSON.parse(cached) as T;
      }
    } catch (error) {
      onError?.(error);
      fullKey = null;
    }
    this.metrics.misses += 1;
    const value = await compute();
    if (fullKey) {
      await this.redis
        .set(fullKey, JSON.stringify(value), 'EX', this.options.ttlSeconds)
        .catch((error: unknown) => onError?.(error));
    }
    return value;
  }

  /** Makes every cached answer unreachable; called after each change of the index. */
  async invalidate(): Promise<void> {
    if (this.enabled) await this.redis.incr(this.generationKey);
  }
}
