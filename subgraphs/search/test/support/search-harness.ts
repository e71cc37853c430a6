import 'reflect-metadata';
import { createQueue, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import { createLogger } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  graphqlEndpoint,
  type GraphQLResponse,
  type TestKeys,
  type TestRedis,
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
  redis: TestRedis['redis'];
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

/** A throwaway database, a unique queue and cache prefix, and the search subgraph on port 0. */
export async function startSearchHarness(
  options: Partial<SearchSubgraphOptions> = {},
): Promise<SearchHarness> {
  const booted = await bootSubgraphHarness({
    name: 'search',
    migrations: MIGRATIONS_DIR,
    openQueue: createQueue,
    redisKeys: true,
    client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
    start: (common, { redis }) =>
      createSearchSubgraph({
        ...common,
        host: '127.0.0.1',
        cacheKeyPrefix: redis!.prefix,
        logger: createLogger('search-test', 'silent'),
        ...options,
      }),
  });
  const { subgraph, keys, queues, client: sql } = booted;
  const testRedis = booted.redis!;
  const { gql, data } = graphqlEndpoint(subgraph.url);

  const harness: SearchHarness = {
    subgraph,
    keys,
    sql,
    redis: testRedis.redis,
    cacheKeyPrefix: testRedis.prefix,
    async deliver(name, payload, deliverOptions) {
      const id = await queues.deliver(eventQueueName('search'), name, payload, deliverOptions);
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
    data,
    close: booted.close,
  };
  return harness;
}
