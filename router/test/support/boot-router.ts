import { randomBytes } from 'node:crypto';
import { createLogger } from '@msa/subgraph-kit';
import { createTestKeys, createTestRedis, TEST_REDIS_URL, type TestKeys } from '@msa/testing';
import { createRouter, type RouterOptions, type RunningRouter } from '../../src/app';
import { startTinySubgraphs, type TinySubgraphs } from './tiny-subgraphs';

export interface RouterHarness {
  keys: TestKeys;
  subgraphs: TinySubgraphs;
  router: RunningRouter;
  /** The Redis key prefix this harness's router writes under (rate limits, persisted queries). */
  keyPrefix: string;
  stop(): Promise<void>;
}

/** Tiny subgraphs plus a router composed from them, isolated in Redis by a unique key prefix. */
export async function bootRouterHarness(overrides: Partial<RouterOptions> = {}): Promise<RouterHarness> {
  const keys = await createTestKeys();
  const subgraphs = await startTinySubgraphs(keys.verifier);
  const keyPrefix = `test:router:${randomBytes(4).toString('hex')}:`;
  const { rateLimit, ...rest } = overrides;
  const router = await createRouter({
    port: 0,
    subgraphs: subgraphs.endpoints,
    redisUrl: TEST_REDIS_URL,
    verifier: keys.verifier,
    logger: createLogger('router-test', (process.env.LOG_LEVEL as 'silent' | undefined) ?? 'silent'),
    rateLimit: { points: 100_000, windowSeconds: 60, ...rateLimit, keyPrefix: `${keyPrefix}rl:` },
    apqKeyPrefix: `${keyPrefix}apq:`,
    ...rest,
  });
  return {
    keys,
    subgraphs,
    router,
    keyPrefix,
    async stop() {
      await router.stop();
      await subgraphs.stop();
      const redis = createTestRedis();
      const leftovers = await redis.redis.keys(`${keyPrefix}*`);
      if (leftovers.length) await redis.redis.del(...leftovers);
      await redis.close();
    },
  };
}
