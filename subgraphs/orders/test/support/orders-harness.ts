import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Queue, type Job } from 'bullmq';
import {
  createQueueConnection,
  eventQueueName,
  commandQueueName,
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
import type { Role } from '@msa/auth';
import pg from 'pg';
import { vi } from 'vitest';
import { createOrdersSubgraph } from '../../src/app';
import { startCartEndpoint, type CartEndpoint } from './cart-endpoint';

const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export interface Customer {
  userId: string;
  token: string;
}

export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

export const ORDER_FIELDS = `id number status cancellationReason
  lines { id variant { id } quantity unitPrice { amount currency } lineTotal { amount } }
  subtotal { amount currency formatted } discountTotal { amount } shippingTotal { amount } total { amount }
  shippingAddress { name line1 line2 city region postalCode country phone }
  statusHistory { status at note } customer { id } createdAt updatedAt`;

export interface OrderView {
  id: string;
  number: string;
  status: string;
  cancellationReason: string | null;
  lines: {
    id: string;
    variant: { id: string };
    quantity: number;
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number };
  }[];
  subtotal: { amount: number; currency: string; formatted: string };
  discountTotal: { amount: number };
  shippingTotal: { amount: number };
  total: { amount: number };
  shippingAddress: Record<string, string | null>;
  statusHistory: { status: string; at: string; note: string | null }[];
  customer: { id: string };
}

export interface CheckoutResult {
  checkout: {
    order: OrderView | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

/**
 * One orders subgraph on a throwaway database, real Redis under a unique queue prefix, and a stand-in cart
 * endpoint. Inventory is played by the test: it reads the commands orders sent and publishes inventory's
 * replies onto events.orders, exactly where inventory's outbox relay would put them.
 */
export class OrdersHarness {
  subgraph!: RunningSubgraph;
  keys!: TestKeys;
  carts!: CartEndpoint;
  db!: TestDatabase;
  pool!: pg.Pool;
  readonly prefix = `test-orders-${randomBytes(4).toString('hex')}`;
  readonly connection = createQueueConnection(TEST_REDIS_URL);
  private readonly queues = new Map<string, Queue>();

  static async start(): Promise<OrdersHarness> {
    const harness = new OrdersHarness();
    harness.keys = await createTestKeys();
    harness.db = await createTestDatabase('orders', MIGRATIONS);
    harness.pool = new pg.Pool({ connectionString: harness.db.url, max: 2 });
    harness.carts = await startCartEndpoint(harness.keys.verifier);
    await harness.boot();
    return harness;
  }

  /** Starts (or restarts) the subgraph on the same database and queues. */
  async boot(): Promise<void> {
    this.subgraph = await createOrdersSubgraph({
      databaseUrl: this.db.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      host: '127.0.0.1',
      verifier: this.keys.verifier,
      routerUrl: this.carts.url,
      queuePrefix: this.prefix,
      // These tests play inventory by hand after checkout answers; the cross-service e2e covers the wait.
      checkoutSettleTimeoutMs: 0,
      logger: createLogger('orders-test', 'silent'),
    });
  }

  get url(): string {
    return this.subgraph.url;
  }

  async customer(role: Role = 'CUSTOMER'): Promise<Customer> {
    const userId = randomUUID();
    return { userId, token: await this.keys.tokenFor(role, userId) };
  }

  /** A customer with a cart of the given lines (variantId → [quantity, unit price]). */
  cartFor(customer: Customer, lines: Record<string, [number, number]>): string {
    const cartId = randomUUID();
    this.carts.put(customer.userId, {
      id: cartId,
      lines: Object.entries(lines).map(([variantId, [quantity, amount]]) => ({
        id: randomUUID(),
        quantity,
        variant: { id: variantId },
        unitPrice: { amount, currency: 'USD' },
      })),
    });
    return cartId;
  }

  checkout(
    customer: Customer,
    cartId: string,
    idempotencyKey: string = randomUUID(),
    address: Record<string, string> = ADDRESS,
  ) {
    return graphqlRequest<CheckoutResult>(
      this.url,
      `mutation($input: CheckoutInput!) { checkout(input: $input) { order { ${ORDER_FIELDS} } userErrors { code field message } } }`,
      { input: { cartId, shippingAddress: address, idempotencyKey } },
      { token: customer.token },
    );
  }

  async placeOrder(
    customer: Customer,
    lines: Record<string, [number, number]> = { 'v-1': [2, 1500] },
  ): Promise<OrderView> {
    const result = expectData(await this.checkout(customer, this.cartFor(customer, lines)));
    if (!result.checkout.order)
      throw new Error(`checkout refused: ${JSON.stringify(result.checkout.userErrors)}`);
    return result.checkout.order;
  }

  async order(id: string, token: string): Promise<OrderView> {
    return expectData(
      await graphqlRequest<{ order: OrderView }>(
        this.url,
        `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
        { id },
        { token },
      ),
    ).order;
  }

  async waitForStatus(id: string, status: string): Promise<OrderView> {
    const admin = await this.keys.tokenFor('ADMIN');
    let order: OrderView | undefined;
    await vi.waitFor(
      async () => {
        order = await this.order(id, admin);
        if (order.status !== status) throw new Error(`order is ${order.status}, waiting for ${status}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    return order!;
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Publishes an inventory reply the way inventory's relay does: the message id is the job id. */
  async reply<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    id: string = randomUUID(),
  ): Promise<string> {
    await this.queue(eventQueueName('orders')).add(
      name,
      { id, name, payload, occurredAt: new Date().toISOString() },
      { jobId: id },
    );
    return id;
  }

  /** Commands orders sent to inventory for an order, in the order they were sent. */
  async commandsFor(orderId: string): Promise<{ name: string; payload: Record<string, unknown> }[]> {
    const jobs = await this.queue(commandQueueName('inventory')).getJobs([
      'waiting',
      'prioritized',
      'delayed',
      'active',
      'completed',
      'failed',
    ]);
    const sent = (job: Job) => Date.parse((job.data as { occurredAt: string }).occurredAt);
    return jobs
      .filter((job) => (job.data as { payload: { orderId?: string } }).payload.orderId === orderId)
      .sort((a, b) => sent(a) - sent(b) || a.timestamp - b.timestamp)
      .map((job) => ({
        name: job.name,
        payload: (job.data as { payload: Record<string, unknown> }).payload,
      }));
  }

  async waitForCommands(
    orderId: string,
    names: string[],
  ): Promise<{ name: string; payload: Record<string, unknown> }[]> {
    let commands: { name: string; payload: Record<string, unknown> }[] = [];
    await vi.waitFor(
      async () => {
        commands = await this.commandsFor(orderId);
        if (commands.length < names.length)
          throw new Error(`saw ${commands.map((c) => c.name).join(', ') || 'no commands'}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    return commands;
  }

  async sagaStatus(orderId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ status: string }>(
      'SELECT status FROM sagas WHERE order_id = $1',
      [orderId],
    );
    return rows[0]?.status;
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
    await this.pool?.end();
    await this.db?.drop();
  }
}
