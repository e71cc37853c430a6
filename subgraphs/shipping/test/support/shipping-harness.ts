import { randomUUID } from 'node:crypto';
import type { Role } from '@msa/auth';
import {
  commandQueueName,
  eventQueueName,
  type CommandName,
  type CommandPayloads,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  eventuallyPasses,
  expectData,
  graphqlRequest,
  readOutbox,
  TestQueues,
  type BootedSubgraph,
  type TestKeys,
} from '@msa/testing';
import type { Queue } from 'bullmq';
import { createShippingSubgraph, type ShippingSubgraphOptions } from '../../src/app';
import { database as shippingDatabase, type ShippingDb } from '../../src/data/database';
import { startCartEndpoint, type CartEndpoint } from './cart-endpoint';

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
  keys!: TestKeys;
  carts!: CartEndpoint;
  db!: ShippingDb;
  // Plain BullMQ queues: the test's messages are tried once, without the relay's retries.
  readonly queues = new TestQueues('shipping');
  readonly prefix = this.queues.prefix;
  readonly connection = this.queues.connection;
  private booted!: BootedSubgraph<RunningSubgraph, ShippingDb, CartEndpoint>;

  /** `beforeBoot` runs on the migrated database before the subgraph starts (e.g. to seed a restart). */
  static async start(
    options: HarnessOptions = {},
    beforeBoot?: (h: ShippingHarness) => Promise<void>,
  ): Promise<ShippingHarness> {
    const harness = new ShippingHarness();
    harness.booted = await bootSubgraphHarness({
      name: 'shipping',
      migrations: new URL('../../prisma/migrations', import.meta.url),
      queues: harness.queues,
      client: (url) => shippingDatabase.connect(url, { poolSize: 2 }),
      standIn: (keys) => startCartEndpoint(keys.verifier),
      beforeStart: async ({ keys, client, standIn }) => {
        Object.assign(harness, { keys, db: client, carts: standIn });
        await beforeBoot?.(harness);
      },
      start: (common, { standIn }) =>
        createShippingSubgraph({
          ...common,
          host: '127.0.0.1',
          routerUrl: standIn.url,
          logger: createLogger('shipping-test', 'silent'),
          carrierStepDelayMs: options.carrierStepDelayMs ?? 0,
          ...(options.quoteTtlSeconds ? { quoteTtlSeconds: options.quoteTtlSeconds } : {}),
        }),
    });
    return harness;
  }

  get url(): string {
    return this.booted.subgraph.url;
  }

  customer(role: Role = 'CUSTOMER'): Promise<Customer> {
    return this.keys.person(role);
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
    return this.queues.queue(name);
  }

  /** Sends a command the way the sender's relay does: the message id is the job id. */
  command<C extends CommandName>(name: C, payload: CommandPayloads[C], id?: string, occurredAt = new Date()) {
    return this.queues.publish(commandQueueName('shipping'), name, payload, {
      ...(id ? { id } : {}),
      occurredAt,
    });
  }

  event<E extends EventName>(name: E, payload: EventPayloads[E], occurredAt = new Date(), id?: string) {
    return this.queues.publish(eventQueueName('shipping'), name, payload, {
      ...(id ? { id } : {}),
      occurredAt,
    });
  }

  /** Payloads of the events shipping published about an order, oldest first. */
  async published(orderId: string): Promise<{ name: string; payload: Record<string, unknown> }[]> {
    return (await readOutbox(this.db, { kind: 'event', orderId })).map(({ name, payload }) => ({
      name,
      payload,
    }));
  }

  /** Waits until shipping has published at least `count` events about the order. */
  waitForPublished(orderId: string, count: number) {
    return eventuallyPasses(
      async () => {
        const events = await this.published(orderId);
        if (events.length < count)
          throw new Error(`saw ${events.map((event) => event.name).join(', ') || 'nothing'}`);
        return events;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
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

  close(): Promise<void> {
    return this.booted.close();
  }
}
