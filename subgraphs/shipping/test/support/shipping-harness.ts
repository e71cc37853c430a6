import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Role } from '@msa/auth';
import {
  commandQueueName,
  createQueueConnection,
  eventQueueName,
  type CommandName,
  type CommandPayloads,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  createTestDatabase,
  createTestKeys,
  expectData,
  graphqlRequest,
  TEST_REDIS_URL,
  type TestDatabase,
  type TestKeys,
} from '@msa/testing';
import { Queue } from 'bullmq';
import { vi } from 'vitest';
import { createShippingSubgraph, type ShippingSubgraphOptions } from '../../src/app';
import { createShippingDb, type ShippingDb } from '../../src/data/database';
import { startCartEndpoint, type CartEndpoint } from './cart-endpoint';

const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export interface Customer {
  userId: string;
  token: string;
}

export const US_DESTINATION = { country: 'US', postalCode: '80202', city: 'Denver', region: 'CO' };

export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '1600 Glenarm Pl',
  line2: null,
  city: 'Denver',
  region: 'CO',
  postalCode: '80202',
  country: 'US',
  phone: null,
};

export const RATE_FIELDS = `id carrier service amount { amount currency formatted } estimatedDays estimatedDaysMin zone
  billableWeightGrams destination { country postalCode region city } expiresAt`;

export const SHIPMENT_FIELDS = `id carrier service trackingNumber status events { status at location }
  estimatedDelivery deliveredAt createdAt updatedAt`;

export interface RateView {
  id: string;
  carrier: string;
  service: string;
  amount: { amount: number; currency: string; formatted: string };
  estimatedDays: number;
  estimatedDaysMin: number;
  zone: string;
  billableWeightGrams: number;
  destination: Record<string, string | null>;
  expiresAt: string;
}

export interface ShipmentView {
  id: string;
  carrier: string;
  service: string;
  trackingNumber: string;
  status: string;
  events: { status: string; at: string; location: string | null }[];
  estimatedDelivery: string;
  deliveredAt: string | null;
}

type HarnessOptions = Partial<Pick<ShippingSubgraphOptions, 'carrierStepDelayMs' | 'quoteTtlSeconds'>>;

/**
 * One shipping subgraph on a throwaway database, real Redis under a unique queue prefix, and a stand-in cart
 * endpoint. Other services are played by the test: it puts their messages on shipping's queues exactly where
 * their outbox relays would, and reads what shipping published from its outbox.
 */
export class ShippingHarness {
  subgraph!: RunningSubgraph;
  keys!: TestKeys;
  carts!: CartEndpoint;
  database!: TestDatabase;
  db!: ShippingDb;
  readonly prefix = `test-shipping-${randomBytes(4).toString('hex')}`;
  readonly connection = createQueueConnection(TEST_REDIS_URL);
  private readonly queues = new Map<string, Queue>();

  /** `beforeBoot` runs on the migrated database before the subgraph starts (e.g. to seed a restart). */
  static async start(
    options: HarnessOptions = {},
    beforeBoot?: (h: ShippingHarness) => Promise<void>,
  ): Promise<ShippingHarness> {
    const harness = new ShippingHarness();
    harness.keys = await createTestKeys();
    harness.database = await createTestDatabase('shipping', MIGRATIONS);
    harness.db = createShippingDb(harness.database.url, 2);
    harness.carts = await startCartEndpoint(harness.keys.verifier);
    await beforeBoot?.(harness);
    harness.subgraph = await createShippingSubgraph({
      databaseUrl: harness.database.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      host: '127.0.0.1',
      verifier: harness.keys.verifier,
      routerUrl: harness.carts.url,
      queuePrefix: harness.prefix,
      logger: createLogger('shipping-test', 'silent'),
      carrierStepDelayMs: options.carrierStepDelayMs ?? 0,
      ...(options.quoteTtlSeconds ? { quoteTtlSeconds: options.quoteTtlSeconds } : {}),
    });
    return harness;
  }

  get url(): string {
    return this.subgraph.url;
  }

  async customer(role: Role = 'CUSTOMER'): Promise<Customer> {
    const userId = randomUUID();
    return { userId, token: await this.keys.tokenFor(role, userId) };
  }

  /** A cart of the given lines (variantId → quantity), owned by the customer or a guest cart. */
  cartFor(owner: Customer | null, lines: Record<string, number>): string {
    const cartId = randomUUID();
    this.carts.put(owner?.userId ?? null, {
      id: cartId,
      lines: Object.entries(lines).map(([variantId, quantity]) => ({ quantity, variant: { id: variantId } })),
    });
    return cartId;
  }

  query<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    return graphqlRequest<T>(this.url, query, variables, { token });
  }

  shippingRates(cartId: string, destination: Record<string, unknown> = US_DESTINATION, token?: string) {
    return this.query<{ shippingRates: RateView[] }>(
      `query($input: ShippingRatesInput!) { shippingRates(input: $input) { ${RATE_FIELDS} } }`,
      { input: { cartId, destination } },
      token,
    );
  }

  async rates(
    customer: Customer | null,
    lines: Record<string, number>,
    destination: Record<string, string | null> = US_DESTINATION,
  ): Promise<RateView[]> {
    return (await this.quote(customer, lines, destination)).rates;
  }

  /** Rates for a new cart, with the cart's id (a rate does not show the cart it was priced for). */
  async quote(
    customer: Customer | null,
    lines: Record<string, number>,
    destination: Record<string, string | null> = US_DESTINATION,
  ): Promise<{ cartId: string; rates: RateView[] }> {
    const cartId = this.cartFor(customer, lines);
    const { shippingRates } = expectData(await this.shippingRates(cartId, destination, customer?.token));
    return { cartId, rates: shippingRates };
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Sends a command the way the sender's relay does: the message id is the job id. */
  async command<C extends CommandName>(
    name: C,
    payload: CommandPayloads[C],
    id: string = randomUUID(),
    occurredAt = new Date(),
  ) {
    await this.queue(commandQueueName('shipping')).add(
      name,
      { id, name, payload, occurredAt: occurredAt.toISOString() },
      { jobId: id },
    );
    return id;
  }

  async event<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    occurredAt = new Date(),
    id: string = randomUUID(),
  ) {
    await this.queue(eventQueueName('shipping')).add(
      name,
      { id, name, payload, occurredAt: occurredAt.toISOString() },
      { jobId: id },
    );
    return id;
  }

  /** Payloads of the events shipping published about an order, oldest first. */
  async published(orderId: string): Promise<{ name: string; payload: Record<string, unknown> }[]> {
    const rows = await this.db.outboxMessage.findMany({
      where: { kind: 'event' },
      orderBy: { createdAt: 'asc' },
    });
    return rows
      .map((row) => ({ name: row.name, payload: row.payload as Record<string, unknown> }))
      .filter((event) => event.payload.orderId === orderId);
  }

  /** Waits until shipping has published at least `count` events about the order. */
  async waitForPublished(orderId: string, count: number) {
    let events: { name: string; payload: Record<string, unknown> }[] = [];
    await vi.waitFor(
      async () => {
        events = await this.published(orderId);
        if (events.length < count)
          throw new Error(`saw ${events.map((event) => event.name).join(', ') || 'nothing'}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    return events;
  }

  /** What the orders service would send once the customer paid: a shipment for the chosen rate. */
  createShipmentPayload(
    rateId: string,
    overrides: Partial<CommandPayloads['shipping.create_shipment']> = {},
  ) {
    return {
      orderId: randomUUID(),
      customerId: randomUUID(),
      rateId,
      address: ADDRESS,
      lines: [{ variantId: 'v-1', quantity: 1 }],
      ...overrides,
    } satisfies CommandPayloads['shipping.create_shipment'];
  }

  /** The shipment of an Order entity; `openedWithAccessToken` as orders sets it when a guest's token opened the order. */
  async orderShipment(
    orderId: string,
    token?: string,
    openedWithAccessToken?: boolean,
  ): Promise<ShipmentView | null> {
    const result = expectData(
      await this.query<{ _entities: ({ shipment: ShipmentView | null } | null)[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { shipment { ${SHIPMENT_FIELDS} } } } }`,
        {
          r: [
            {
              __typename: 'Order',
              id: orderId,
              ...(openedWithAccessToken === undefined ? {} : { openedWithAccessToken }),
            },
          ],
        },
        token,
      ),
    );
    return result._entities[0]?.shipment ?? null;
  }

  async close(): Promise<void> {
    await this.subgraph?.stop();
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    let cursor = '0';
    do {
      const [next, keys] = await this.connection.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 500);
      if (keys.length) await this.connection.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await this.connection.quit();
    await this.carts?.close();
    await this.db?.$disconnect();
    await this.database?.drop();
  }
}
