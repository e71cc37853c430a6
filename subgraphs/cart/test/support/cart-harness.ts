import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, type Queue } from 'bullmq';
import {
  createQueue,
  createQueueConnection,
  eventQueueName,
  type DomainEvent,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  createTestDatabase,
  createTestKeys,
  createTestRedis,
  expectData,
  graphqlRequest,
  TEST_REDIS_URL,
  type GraphQLResponse,
  type TestDatabase,
  type TestKeys,
} from '@msa/testing';
import pg from 'pg';
import { createCartSubgraph } from '../../src/app';

const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export const CART_FIELDS = `id isGuest itemCount updatedAt subtotal { amount currency formatted }
  lines { id quantity priceChanged purchasable variant { id } unitPrice { amount currency } lineTotal { amount currency } addedUnitPrice { amount } }`;

export interface CartView {
  id: string;
  isGuest: boolean;
  itemCount: number;
  updatedAt: string;
  subtotal: { amount: number; currency: string; formatted: string };
  lines: {
    id: string;
    quantity: number;
    priceChanged: boolean;
    purchasable: boolean;
    variant: { id: string };
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number; currency: string };
    addedUnitPrice: { amount: number };
  }[];
}

export interface CartPayloadView {
  cart: CartView | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

export interface CartHarness {
  url: string;
  keys: TestKeys;
  redis: ReturnType<typeof createTestRedis>['redis'];
  keyPrefix: string;
  guestCartTtlSeconds: number;
  db: pg.Pool;
  /** Sends an event through the real `events.cart` queue and waits until the worker processed it. */
  deliver<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    options?: { id?: string; occurredAt?: Date },
  ): Promise<string>;
  /** A variant the cart knows, published the way the products service does it. */
  publishVariant(overrides?: Partial<EventPayloads['product.variant.changed']>): Promise<string>;
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  addToCart(
    variables: { cartId?: string | null; variantId: string; quantity: number },
    token?: string,
  ): Promise<CartPayloadView>;
  close(): Promise<void>;
}

const ADD = `mutation($cartId: ID, $variantId: ID!, $quantity: Int!) {
  addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) { cart { ${CART_FIELDS} } userErrors { code field message } }
}`;

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
    await sleep(20);
  }
  throw new Error(`event ${job.name} was not processed in time`);
}

/** One throwaway database, a unique Redis key and queue prefix, and the cart subgraph booted on port 0. */
export async function startCartHarness(
  options: { guestCartTtlSeconds?: number; maxLineQuantity?: number } = {},
): Promise<CartHarness> {
  const database: TestDatabase = await createTestDatabase('cart', MIGRATIONS);
  const keys = await createTestKeys();
  const testRedis = createTestRedis();
  const queuePrefix = `test-cart-${randomBytes(4).toString('hex')}`;
  const guestCartTtlSeconds = options.guestCartTtlSeconds ?? 3600;
  const subgraph: RunningSubgraph = await createCartSubgraph({
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    port: 0,
    verifier: keys.verifier,
    queuePrefix,
    keyPrefix: testRedis.prefix,
    guestCartTtlSeconds,
    ...(options.maxLineQuantity ? { maxLineQuantity: options.maxLineQuantity } : {}),
    logger: createLogger('cart-test', 'silent'),
  });
  const queueConnection = createQueueConnection(TEST_REDIS_URL);
  const events: Queue = createQueue(eventQueueName('cart'), {
    connection: queueConnection,
    prefix: queuePrefix,
  });
  const db = new pg.Pool({ connectionString: database.url, max: 2 });

  const harness: CartHarness = {
    url: subgraph.url,
    keys,
    redis: testRedis.redis,
    keyPrefix: testRedis.prefix,
    guestCartTtlSeconds,
    db,
    async deliver(name, payload, deliverOptions = {}) {
      const id = deliverOptions.id ?? randomUUID();
      const envelope: DomainEvent = {
        id,
        name,
        payload,
        occurredAt: (deliverOptions.occurredAt ?? new Date()).toISOString(),
      };
      // A redelivery carries the same message id; a fresh job id lets the test send it again on purpose.
      await waitForJob(events, await events.add(name, envelope, { jobId: randomUUID() }));
      return id;
    },
    async publishVariant(overrides = {}) {
      const variantId = overrides.variantId ?? `var_${randomBytes(4).toString('hex')}`;
      await harness.deliver('product.variant.changed', {
        variantId,
        productId: 'prod_1',
        sku: `SKU-${variantId}`,
        price: 1500,
        currency: 'USD',
        purchasable: true,
        weightGrams: 100,
        ...overrides,
      });
      return variantId;
    },
    gql: (query, variables = {}, token) => graphqlRequest(subgraph.url, query, variables, { token }),
    async addToCart(variables, token) {
      return expectData(
        await harness.gql<{ addToCart: CartPayloadView }>(ADD, { cartId: null, ...variables }, token),
      ).addToCart;
    },
    async close() {
      await subgraph.stop();
      await events.close();
      await queueConnection.quit();
      await db.end();
      await deleteQueueKeys(testRedis.redis, queuePrefix);
      await testRedis.close();
      await database.drop();
    },
  };
  return harness;
}

async function deleteQueueKeys(redis: CartHarness['redis'], prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
}

/** Deletes every cart key of this harness, as a Redis FLUSHALL would. */
export async function flushCartKeys(harness: CartHarness): Promise<number> {
  const keys = await harness.redis.keys(`${harness.keyPrefix}*`);
  if (keys.length) await harness.redis.del(...keys);
  return keys.length;
}
