import { randomUUID } from 'node:crypto';
import type { EventName, EventPayloads } from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  closeInOrder,
  eventuallyPasses,
  expectData,
  graphqlRequest,
  outboxPayloads,
  TestQueues,
  type BootedSubgraph,
  type TestKeys,
} from '@msa/testing';
import type { Role } from '@msa/auth';
import pg from 'pg';
import { createOrdersSubgraph, type OrdersSubgraphOptions } from '../../src/app';
import { startAutoServices, type AutoServices } from './auto-services';
import {
  ADDRESS,
  CHECKOUT,
  ORDER,
  RETRY_PAYMENT,
  type CheckoutResult,
  type OrderView,
  type RetryPaymentResult,
} from './order-documents';
import { startRouterStandIn, type RouterStandIn } from './router-stand-in';
import { ServicePlayer, type SentCommand } from './service-player';

export {
  ADDRESS,
  ORDER_FIELDS,
  type CheckoutResult,
  type OrderView,
  type RetryPaymentResult,
} from './order-documents';

export interface Customer {
  userId: string;
  token: string;
}

export interface CartExtras {
  discounts?: { promotionId: string; code: string | null; label: string; amount: number }[];
  freeShipping?: boolean;
}

export interface CheckoutOptions {
  idempotencyKey?: string;
  address?: Record<string, string>;
  paymentToken?: string;
  /** Defaults to a fresh valid rate of $5.00 to the address. */
  shippingRateId?: string;
  /** Guest checkout's email. */
  email?: string | null;
}

export interface HarnessOptions {
  /** Inventory, promotions, payments and shipping answer on their own, and checkout waits for the outcome. */
  autoServices?: boolean;
  overrides?: Partial<OrdersSubgraphOptions>;
}

/**
 * One orders subgraph on a throwaway database, real Redis under a unique queue prefix, and a stand-in for
 * the router (cart with promotions' fields, shipping rates). The other services are played by the test
 * through `services` (or answer on their own with `autoServices`).
 */
export class OrdersHarness {
  keys!: TestKeys;
  router!: RouterStandIn;
  pool!: pg.Pool;
  readonly queues = new TestQueues('orders');
  readonly prefix = this.queues.prefix;
  readonly connection = this.queues.connection;
  readonly services = new ServicePlayer(this.queues);
  private auto: AutoServices | null = null;
  private booted!: BootedSubgraph<RunningSubgraph, pg.Pool, RouterStandIn>;

  private constructor() {}

  static async start(options: HarnessOptions = {}): Promise<OrdersHarness> {
    const harness = new OrdersHarness();
    harness.booted = await bootSubgraphHarness({
      name: 'orders',
      migrations: new URL('../../prisma/migrations', import.meta.url),
      queues: harness.queues,
      client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
      standIn: (keys) => startRouterStandIn(keys.verifier),
      beforeStart: ({ keys, client, standIn }) => {
        Object.assign(harness, { keys, pool: client, router: standIn });
        if (options.autoServices)
          harness.auto = startAutoServices(harness.connection, harness.prefix, harness.services);
      },
      start: (common, { standIn }) =>
        createOrdersSubgraph({
          ...common,
          host: '127.0.0.1',
          routerUrl: standIn.url,
          // Tests that play the services by hand do so after checkout answered.
          checkoutSettleTimeoutMs: options.autoServices ? 5_000 : 0,
          logger: createLogger('orders-test', 'silent'),
          ...options.overrides,
        }),
    });
    return harness;
  }

  /** Restarts the subgraph on the same database and queues (after `subgraph.stop()`). */
  boot(): Promise<void> {
    return this.booted.restart();
  }

  get subgraph(): RunningSubgraph {
    return this.booted.subgraph;
  }

  get url(): string {
    return this.subgraph.url;
  }

  customer(role: Role = 'CUSTOMER'): Promise<Customer> {
    return this.keys.person(role);
  }

  /** A guest cart (anyone holding its id may read it) of the given lines. */
  guestCart(lines: Record<string, [number, number]> = { 'v-1': [2, 1500] }): string {
    return this.cartFor(null, lines);
  }

  /** A customer with a cart of the given lines (variantId → [quantity, unit price]) and discounts. */
  cartFor(
    customer: Customer | null,
    lines: Record<string, [number, number]>,
    extras: CartExtras = {},
  ): string {
    const cartId = randomUUID();
    const cartLines = Object.entries(lines).map(([variantId, [quantity, amount]]) => ({
      id: randomUUID(),
      quantity,
      variant: { id: variantId },
      unitPrice: { amount, currency: 'USD' },
    }));
    const discounts = extras.discounts ?? [];
    this.router.putCart(customer?.userId ?? null, {
      id: cartId,
      lines: cartLines,
      subtotal: {
        amount: cartLines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amount, 0),
        currency: 'USD',
      },
      discounts: discounts.map((discount) => ({
        ...discount,
        amount: { amount: discount.amount, currency: 'USD' },
      })),
      discountTotal: { amount: discounts.reduce((sum, discount) => sum + discount.amount, 0) },
      couponCodes: discounts.flatMap((discount) => (discount.code ? [discount.code] : [])),
      freeShipping: extras.freeShipping ?? false,
    });
    return cartId;
  }

  /** A shipping rate quoted to ADDRESS, valid for ten minutes unless `expiresAt` says otherwise. */
  rate(amount = 500, expiresAt: string | null = new Date(Date.now() + 600_000).toISOString()): string {
    const id = randomUUID();
    this.router.putRate({
      id,
      amount: { amount, currency: 'USD' },
      carrier: 'Parcelnet',
      service: 'STANDARD',
      expiresAt,
      destination: { country: ADDRESS.country, postalCode: ADDRESS.postalCode },
    });
    return id;
  }

  /** Checks out as the customer, or as a guest when `customer` is null (give `options.email` then). */
  checkout(customer: Customer | null, cartId: string, options: CheckoutOptions = {}) {
    return graphqlRequest<CheckoutResult>(
      this.url,
      CHECKOUT,
      {
        input: {
          cartId,
          shippingAddress: options.address ?? ADDRESS,
          idempotencyKey: options.idempotencyKey ?? randomUUID(),
          paymentToken: options.paymentToken ?? 'tok_visa',
          shippingRateId: options.shippingRateId ?? this.rate(),
          ...(options.email !== undefined ? { email: options.email } : {}),
        },
      },
      customer ? { token: customer.token } : {},
    );
  }

  retryPayment(customer: Customer, orderId: string, paymentToken: string) {
    return graphqlRequest<RetryPaymentResult>(
      this.url,
      RETRY_PAYMENT,
      { orderId, paymentToken },
      { token: customer.token },
    );
  }

  /** The rows the outbox holds for an order's events of `name`, oldest first. */
  outboxEvents(orderId: string, name: string): Promise<Record<string, unknown>[]> {
    return outboxPayloads(this.pool, { name, orderId });
  }

  async placeOrder(
    customer: Customer,
    lines: Record<string, [number, number]> = { 'v-1': [2, 1500] },
    extras: CartExtras = {},
    options: CheckoutOptions = {},
  ): Promise<OrderView> {
    const result = expectData(await this.checkout(customer, this.cartFor(customer, lines, extras), options));
    if (!result.checkout.order)
      throw new Error(`checkout refused: ${JSON.stringify(result.checkout.userErrors)}`);
    return result.checkout.order;
  }

  /**
   * Places an order and plays every service through to CONFIRMED, including the stock commit, which the
   * order does not wait for: it returns once orders has recorded inventory.committed as well.
   */
  async confirmedOrder(customer: Customer, lines?: Record<string, [number, number]>, extras?: CartExtras) {
    const order = await this.placeOrder(customer, lines, extras);
    await this.services.succeed(order.id, 'inventory.commit');
    const confirmed = await this.waitForStatus(order.id, 'CONFIRMED');
    await this.services.drained();
    return confirmed;
  }

  /** The carrier reports the parcel in transit, then delivered at `deliveredAt`. */
  async deliver(orderId: string, deliveredAt: Date = new Date()): Promise<OrderView> {
    const shipmentId = `sh-${orderId}`;
    await this.reply('shipment.status_changed', {
      orderId,
      shipmentId,
      status: 'IN_TRANSIT',
      at: new Date().toISOString(),
    });
    await this.waitForStatus(orderId, 'SHIPPED');
    await this.reply('shipment.status_changed', {
      orderId,
      shipmentId,
      status: 'DELIVERED',
      at: deliveredAt.toISOString(),
    });
    return this.waitForStatus(orderId, 'DELIVERED');
  }

  async order(id: string, token: string): Promise<OrderView> {
    return expectData(await graphqlRequest<{ order: OrderView }>(this.url, ORDER, { id }, { token })).order;
  }

  async waitForStatus(id: string, status: string): Promise<OrderView> {
    const admin = await this.keys.tokenFor('ADMIN');
    return eventuallyPasses(
      async () => {
        const order = await this.order(id, admin);
        if (order.status !== status) throw new Error(`order is ${order.status}, waiting for ${status}`);
        return order;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
  }

  queue(name: string) {
    return this.services.queue(name);
  }

  reply<E extends EventName>(name: E, payload: EventPayloads[E], id?: string): Promise<string> {
    return this.services.reply(name, payload, id);
  }

  commandsFor(orderId: string): Promise<SentCommand[]> {
    return this.services.commandsFor(orderId);
  }

  waitForCommands(orderId: string, names: string[]): Promise<SentCommand[]> {
    return this.services.waitForCommands(orderId, names);
  }

  async sagaStatus(orderId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ status: string }>(
      'SELECT status FROM sagas WHERE order_id = $1',
      [orderId],
    );
    return rows[0]?.status;
  }

  close(): Promise<void> {
    return closeInOrder(this.auto && (() => this.auto!.close()), () => this.booted.close());
  }
}
