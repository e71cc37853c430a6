import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Deletes every key that starts with `prefix` (scanning, so a large test keyspace does not block Redis). */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}

/** A real Redis connection plus a unique key prefix so parallel test files never share keys. */
export interface TestRedis {
  redis: Redis;
  prefix: string;
  /** Deletes the prefix's keys and disconnects. */
  close(): Promise<void>;
}

export function createTestRedis(): TestRedis {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  const prefix = `test:${Math.random().toString(36).slice(2, 10)}:`;
  return {
    redis,
    prefix,
    async close() {
      await deleteKeysWithPrefix(redis, prefix);
      redis.disconnect();
    },
  };
}
