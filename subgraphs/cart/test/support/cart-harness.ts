import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createQueue, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import { createLogger } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  deleteKeysWithPrefix,
  expectData,
  graphqlEndpoint,
  type GraphQLResponse,
  type TestKeys,
  type TestRedis,
} from '@msa/testing';
import pg from 'pg';
import { createCartSubgraph } from '../../src/app';

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
  redis: TestRedis['redis'];
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
  const guestCartTtlSeconds = options.guestCartTtlSeconds ?? 3600;
  const booted = await bootSubgraphHarness({
    name: 'cart',
    migrations: new URL('../../prisma/migrations', import.meta.url),
    openQueue: createQueue,
    redisKeys: true,
    client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
    start: (common, { redis }) =>
      createCartSubgraph({
        ...common,
        keyPrefix: redis!.prefix,
        guestCartTtlSeconds,
        ...(options.maxLineQuantity ? { maxLineQuantity: options.maxLineQuantity } : {}),
        logger: createLogger('cart-test', 'silent'),
      }),
  });
  const { subgraph, keys, queues, client: db } = booted;
  const testRedis = booted.redis!;

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
    close: booted.close,
  };
  return harness;
}

/** Deletes every cart key of this harness, as a Redis FLUSHALL would. */
export function flushCartKeys(harness: CartHarness): Promise<number> {
  return deleteKeysWithPrefix(harness.redis, harness.keyPrefix);
}
