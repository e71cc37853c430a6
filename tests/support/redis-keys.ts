import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from '@msa/testing';

/** Walks every Redis key under a run's prefix, a page of keys at a time. */
export async function forEachKeyWithPrefix(
  redis: Redis,
  prefix: string,
  visit: (keys: string[]) => Promise<void>,
): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await visit(keys);
  } while (cursor !== '0');
}

/** Deletes every Redis key under the run's prefix (never anything else: the server is shared). */
export async function deleteKeysWithPrefix(prefix: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  let deleted = 0;
  try {
    await forEachKeyWithPrefix(redis, prefix, async (keys) => {
      deleted += await redis.unlink(...keys);
    });
  } finally {
    redis.disconnect();
  }
  return deleted;
}
