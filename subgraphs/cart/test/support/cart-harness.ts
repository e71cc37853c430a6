import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createQueue, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  closeInOrder,
  createTestDatabase,
  createTestKeys,
  createTestRedis,
  deleteKeysWithPrefix,
  expectData,
  graphqlEndpoint,
  TEST_REDIS_URL,
  type GraphQLResponse,
  type TestDatabase,
  type TestKeys,
  TestQueues,
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

/** One throwaway database, a unique Redis key and queue prefix, and the cart subgraph booted on port 0. */
export async function startCartHarness(
  options: { guestCartTtlSeconds?: number; maxLineQuantity?: number } = {},
): Promise<CartHarness> {
  const database: TestDatabase = await createTestDatabase('cart', MIGRATIONS);
  const keys = await createTestKeys();
  const testRedis = createTestRedis();
  const queues = new TestQueues('cart', createQueue);
  const guestCartTtlSeconds = options.guestCartTtlSeconds ?? 3600;
  const subgraph: RunningSubgraph = await createCartSubgraph({
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    port: 0,
    verifier: keys.verifier,
    queuePrefix: queues.prefix,
    keyPrefix: testRedis.prefix,
    guestCartTtlSeconds,
    ...(options.maxLineQuantity ? { maxLineQuantity: options.maxLineQuantity } : {}),
    logger: createLogger('cart-test', 'silent'),
  });
  const db = new pg.Pool({ connectionString: database.url, max: 2 });

  const harness: CartHarness = {
    url: subgraph.url,
    keys,
    redis: testRedis.redis,
    keyPrefix: testRedis.prefix,
    guestCartTtlSeconds,
    db,
    deliver: (name, payload, deliverOptions) =>
      queues.deliver(eventQueueName('cart'), name, payload, deliverOptions),
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
    gql: graphqlEndpoint(subgraph.url).gql,
    async addToCart(variables, token) {
      return expectData(
        await harness.gql<{ addToCart: CartPayloadView }>(ADD, { cartId: null, ...variables }, token),
      ).addToCart;
    },
    close: () =>
      closeInOrder(
        () => subgraph.stop(),
        () => queues.close(),
        () => db.end(),
        () => testRedis.close(),
        () => database.drop(),
      ),
  };
  return harness;
}

/** Deletes every cart key of this harness, as a Redis FLUSHALL would. */
export function flushCartKeys(harness: CartHarness): Promise<number> {
  return deleteKeysWithPrefix(harness.redis, harness.keyPrefix);
}
