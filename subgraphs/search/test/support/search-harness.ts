import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, type Queue } from 'bullmq';
import {
  closeConnection,
  createQueue,
  createQueueConnection,
  eventQueueName,
  type DomainEvent,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import { createLogger } from '@msa/subgraph-kit';
import {
  createTestDatabase,
  createTestKeys,
  createTestRedis,
  expectData,
  graphqlRequest,
  TEST_REDIS_URL,
  type GraphQLResponse,
  type TestKeys,
} from '@msa/testing';
import pg from 'pg';
import { createSearchSubgraph, type SearchSubgraph, type SearchSubgraphOptions } from '../../src/app';
import { MIGRATIONS_DIR } from './paths';

export interface CatalogProduct {
  productId: string;
  name: string;
  description?: string;
  status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  /** Root first: [id, name] pairs. */
  categories?: [string, string][];
  variants?: { variantId: string; price: number; available?: number }[];
}

export interface SearchHarness {
  subgraph: SearchSubgraph;
  keys: TestKeys;
  sql: pg.Pool;
  redis: ReturnType<typeof createTestRedis>['redis'];
  cacheKeyPrefix: string;
  /** Sends an event through the real `events.search` queue, waits until it was processed and indexed. */
  deliver<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    options?: { id?: string; occurredAt?: Date },
  ): Promise<string>;
  /** Announces a product the way the products and inventory services do: product, variant and stock events. */
  publishProduct(product: CatalogProduct): Promise<void>;
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  data<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

async function waitForJob(queue: Queue, job: Job): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const state = await job.getState();
    if (state === 'completed') return;
    if (state === 'failed' || state === 'delayed') {
      // A delayed job is waiting for a retry: its handler threw, which no test expects.
      const failed = await Job.fromId(queue, job.id!);
      throw new Error(`event ${job.name} failed: ${failed?.failedReason}`);
    }
    await sleep(15);
  }
  throw new Error(`event ${job.name} was not processed in time`);
}

/** A throwaway database, a unique queue and cache prefix, and the search subgraph on port 0. */
export async function startSearchHarness(
  options: Partial<SearchSubgraphOptions> = {},
): Promise<SearchHarness> {
  const database = await createTestDatabase('search', MIGRATIONS_DIR);
  const keys = await createTestKeys();
  const testRedis = createTestRedis();
  const queuePrefix = `test-search-${randomBytes(4).toString('hex')}`;
  const subgraph = await createSearchSubgraph({
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    port: 0,
    host: '127.0.0.1',
    verifier: keys.verifier,
    queuePrefix,
    cacheKeyPrefix: testRedis.prefix,
    logger: createLogger('search-test', 'silent'),
    ...options,
  });
  const queueConnection = createQueueConnection(TEST_REDIS_URL);
  const events: Queue = createQueue(eventQueueName('search'), {
    connection: queueConnection,
    prefix: queuePrefix,
  });
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphqlRequest<T>(subgraph.url, query, variables, { token });

  const harness: SearchHarness = {
    subgraph,
    keys,
    sql,
    redis: testRedis.redis,
    cacheKeyPrefix: testRedis.prefix,
    async deliver(name, payload, deliverOptions = {}) {
      const id = deliverOptions.id ?? randomUUID();
      const envelope: DomainEvent = {
        id,
        name,
        payload,
        occurredAt: (deliverOptions.occurredAt ?? new Date()).toISOString(),
      };
      // A redelivery carries the same message id; a fresh job id lets a test send it again on purpose.
      await waitForJob(events, await events.add(name, envelope, { jobId: randomUUID() }));
      await subgraph.flushIndex();
      return id;
    },
    async publishProduct(product) {
      const categories = product.categories ?? [];
      const variants = product.variants ?? [];
      await harness.deliver('product.changed', {
        productId: product.productId,
        status: product.status ?? 'ACTIVE',
        categoryId: categories.at(-1)?.[0] ?? null,
        variantIds: variants.map((variant) => variant.variantId),
        slug: product.productId,
        name: product.name,
        description: product.description ?? '',
        categoryIds: categories.map(([id]) => id),
        categoryPath: categories.map(([, name]) => name),
      });
      for (const variant of variants) {
        await harness.deliver('product.variant.changed', {
          variantId: variant.variantId,
          productId: product.productId,
          sku: variant.variantId.toUpperCase(),
          price: variant.price,
          currency: 'USD',
          purchasable: (product.status ?? 'ACTIVE') === 'ACTIVE',
          weightGrams: 100,
        });
        if (variant.available !== undefined) {
          await harness.deliver('inventory.stock_changed', {
            variantId: variant.variantId,
            onHand: variant.available,
            reserved: 0,
            available: variant.available,
          });
        }
      }
    },
    gql,
    data: async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      expectData(await gql<T>(query, variables, token)),
    async close() {
      await subgraph.stop();
      await events.close();
      await closeConnection(queueConnection);
      await sql.end();
      const queueKeys = await testRedis.redis.keys(`${queuePrefix}:*`);
      if (queueKeys.length) await testRedis.redis.del(...queueKeys);
      await testRedis.close();
      await database.drop();
    },
  };
  return harness;
}
