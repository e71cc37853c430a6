import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  closeConnection,
  commandQueueName,
  createQueue,
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
  TEST_REDIS_URL,
  type TestDatabase,
  type TestKeys,
} from '@msa/testing';
import { createPromotionsSubgraph, type PromotionsSubgraphOptions } from '../../src/app';
import { createPromotionsDb, type PromotionsDb } from '../../src/data/database';
import { promotionDraft, type PromotionDraft } from '../../src/domain/promotion-input';
import { createPromotion } from '../../src/services/promotion-admin.service';
import { startCartEndpoint, type CartEndpoint } from './cart-endpoint';

const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/**
 * The promotions subgraph in process on a throwaway database and the real Redis under a unique queue
 * prefix, a stand-in for the router's cart reads, and the queues other services would write to.
 */
export class PromotionsHarness {
  subgraph!: RunningSubgraph;
  keys!: TestKeys;
  carts!: CartEndpoint;
  database!: TestDatabase;
  db!: PromotionsDb;
  readonly queuePrefix = `test-promotions-${randomUUID().slice(0, 8)}`;
  readonly connection: Redis = createQueueConnection(TEST_REDIS_URL);
  commands!: Queue;
  events!: Queue;

  static async start(overrides: Partial<PromotionsSubgraphOptions> = {}): Promise<PromotionsHarness> {
    const harness = new PromotionsHarness();
    harness.keys = await createTestKeys();
    harness.database = await createTestDatabase('promotions', MIGRATIONS);
    // Few connections: test files run in parallel against one Postgres, and contention is the point here.
    harness.db = createPromotionsDb(harness.database.url, 4);
    harness.carts = await startCartEndpoint(harness.keys.verifier);
    harness.commands = createQueue(commandQueueName('promotions'), {
      connection: harness.connection,
      prefix: harness.queuePrefix,
    });
    harness.events = createQueue(eventQueueName('promotions'), {
      connection: harness.connection,
      prefix: harness.queuePrefix,
    });
    harness.subgraph = await createPromotionsSubgraph({
      databaseUrl: harness.database.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      verifier: harness.keys.verifier,
      routerUrl: harness.carts.url,
      queuePrefix: harness.queuePrefix,
      logger: createLogger('promotions-test', 'silent'),
      workerConcurrency: 8,
      ...overrides,
    });
    return harness;
  }

  get url(): string {
    return this.subgraph.url;
  }

  /** A promotion written straight through the admin service (tests of other things need them quickly). */
  async promotion(draft: Partial<PromotionDraft> & Pick<PromotionDraft, 'actions'>): Promise<string> {
    const outcome = await createPromotion(this.db, promotionDraft({ name: 'Test promotion', ...draft }));
    if (!outcome.promotion)
      throw new Error(`Could not create the promotion: ${JSON.stringify(outcome.problems)}`);
    return outcome.promotion.id;
  }

  /** Sends a command the way the orders saga does: a job on commands.promotions, keyed by its message id. */
  async sendCommand<C extends CommandName>(
    name: C,
    payload: CommandPayloads[C] | Record<string, unknown>,
    id = randomUUID(),
  ): Promise<string> {
    await this.commands.add(
      name,
      { id, name, payload, occurredAt: new Date().toISOString() },
      { jobId: id, attempts: 5, backoff: { type: 'exponential', delay: 100 } },
    );
    return id;
  }

  /** Delivers an event the way the outbox relay does: a job on events.promotions. */
  async sendEvent<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    occurredAt = new Date(),
  ): Promise<string> {
    const id = randomUUID();
    await this.events.add(name, { id, name, payload, occurredAt: occurredAt.toISOString() }, { jobId: id });
    return id;
  }

  async jobState(queue: Queue, jobId: string): Promise<'completed' | 'failed' | undefined> {
    const state = await queue.getJobState(jobId);
    return state === 'completed' || state === 'failed' ? state : undefined;
  }

  /** Payloads of the events this service wrote to its outbox, oldest first. */
  async outboxEvents<E extends EventName>(name: E): Promise<EventPayloads[E][]> {
    const rows = await this.db.outboxMessage.findMany({
      where: { kind: 'event', name },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => row.payload as unknown as EventPayloads[E]);
  }

  async stop(): Promise<void> {
    await this.subgraph?.stop();
    await this.commands?.close();
    await this.events?.close();
    const keys = await this.connection.keys(`${this.queuePrefix}:*`);
    if (keys.length) await this.connection.del(...keys);
    await closeConnection(this.connection);
    await this.carts?.close();
    await this.db?.$disconnect();
    await this.database?.drop();
  }
}

/** Polls until `check` returns a value (not undefined/false), for effects of background workers. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
