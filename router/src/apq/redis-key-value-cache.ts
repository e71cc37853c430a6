import type { Redis } from 'ioredis';

/**
 * The KeyValueCache Apollo Server's automatic persisted queries read and write, kept in Redis so every router
 * replica knows a query any of them has registered. Values are query strings; `ttl` is in seconds.
 */
export class RedisKeyValueCache {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /** A Redis failure reads as a miss: the client then sends the full query, which still works. */
  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.keyPrefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (options?.ttl) await this.redis.set(this.keyPrefix + key, value, 'EX', options.ttl);
    else await this.redis.set(this.keyPrefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.keyPrefix + key)) > 0;
  }
}
