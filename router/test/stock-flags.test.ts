import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '@msa/testing';
import { redisStockFlags } from '../src/response-cache/stock-flags';

describe('stock flags of the response cache', () => {
  const redis = new Redis(TEST_REDIS_URL);
  const prefix = `test-${randomUUID()}:cache:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('reports a flip only when the in-stock flag changes or was not known', async () => {
    const flags = redisStockFlags(redis, prefix);
    const variant = randomUUID();
    expect(await flags.flipped(variant, true)).toBe(true);
    expect(await flags.flipped(variant, true)).toBe(false);
    expect(await flags.flipped(variant, false)).toBe(true);
    expect(await flags.flipped(variant, false)).toBe(false);
    expect(await flags.flipped(variant, true)).toBe(true);
    expect(await flags.flipped(randomUUID(), false)).toBe(true);
  });
});
