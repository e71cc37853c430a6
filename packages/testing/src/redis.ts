import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** A real Redis connection plus a unique key prefix so parallel test files never share keys. */
export function createTestRedis(): { redis: Redis; prefix: string; close(): Promise<void> } {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  const prefix = `test:${Math.random().toString(36).slice(2, 10)}:`;
  return {
    redis,
    prefix,
    async close() {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
