import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  commandQueueName,
  createQueue,
  eventQueueName,
  type CommandName,
  type CommandPayloads,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  jobOutcome,
  outboxPayloads,
  TestQueues,
  type BootedSubgraph,
  type TestKeys,
} from '@msa/testing';
import { createPromotionsSubgraph, type PromotionsSubgraphOptions } from '../../src/app';
import { database as promotionsDatabase, type PromotionsDb } from '../../src/data/database';
import { promotionDraft, type PromotionDraft } from '../../src/domain/promotion-input';
import { createPromotion } from '../../src/services/promotion-admin.service';
import { startCartEndpoint, type CartEndpoint } from './cart-endpoint';

/**
 * The promotions subgraph in process on a throwaway database and the real Redis under a unique queue
 * prefix, a stand-in for the router's cart reads, and the queues other services would write to.
 */
export class PromotionsHarness {
  keys!: TestKeys;
  carts!: CartEndpoint;
  db!: PromotionsDb;
  readonly queues = new TestQueues('promotions', createQueue);
  readonly queuePrefix = this.queues.prefix;
  readonly connection: Redis = this.queues.connection;
  readonly commands: Queue = this.queues.queue(commandQueueName('promotions'));
  readonly events: Queue = this.queues.queue(eventQueueName('promotions'));

  private booted!: BootedSubgraph<RunningSubgraph, PromotionsDb, CartEndpoint>;

  static async start(overrides: Partial<PromotionsSubgraphOptions> = {}): Promise<PromotionsHarness> {
    const harness = new PromotionsHarness();
    const booted = await bootSubgraphHarness({
      name: 'promotions',
      migrations: new URL('../../prisma/migrations', import.meta.url),
      queues: harness.queues,
      // Few connections: test files run in parallel against one Postgres, and contention is the point here.
      client: (url) => promotionsDatabase.connect(url, { poolSize: 4 }),
      standIn: (keys) => startCartEndpoint(keys.verifier),
      start: (options, { standIn }) =>
        createPromotionsSubgraph({
          ...options,
          routerUrl: standIn.url,
          logger: createLogger('promotions-test', 'silent'),
          workerConcurrency: 8,
          ...overrides,
        }),
    });
    Object.assign(harness, { booted, keys: booted.keys, db: booted.client, carts: booted.standIn });
    return harness;
  }

  get url(): string {
    return this.booted.subgraph.url;
  }

  /** A promotion written straight through the admin service (tests of other things need them quickly). */
  async promotion(draft: Partial<PromotionDraft> & Pick<PromotionDraft, 'actions'>): Promise<string> {
    const outcome = await createPromotion(this.db, promotionDraft({ name: 'Test promotion', ...draft }));
    if (!outcome.promotion)
      throw new Error(`Could not create the promotion: ${JSON.stringify(outcome.problems)}`);
    return outcome.promotion.id;
  }

  /** Sends a command the way the orders saga does: a job on commands.promotions, keyed by its message id. */
  sendCommand<C extends CommandName>(
    name: C,
    payload: CommandPayloads[C] | Record<string, unknown>,
    id?: string,
  ): Promise<string> {
    return this.queues.publish(commandQueueName('promotions'), name, payload, {
      ...(id ? { id } : {}),
      jobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 100 } },
    });
  }

  /** Delivers an event the way the outbox relay does: a job on events.promotions. */
  sendEvent<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    occurredAt = new Date(),
  ): Promise<string> {
    return this.queues.publish(eventQueueName('promotions'), name, payload, { occurredAt });
  }

  jobState(queue: Queue, jobId: string): Promise<'completed' | 'failed' | undefined> {
    return jobOutcome(queue, jobId);
  }

  /** Payloads of the events this service wrote to its outbox, oldest first. */
  outboxEvents<E extends EventName>(name: E): Promise<EventPayloads[E][]> {
    return outboxPayloads<EventPayloads[E]>(this.db, { kind: 'event', name });
  }

  stop(): Promise<void> {
    return this.booted.close();
  }
}
