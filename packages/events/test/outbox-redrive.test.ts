import { processRegistry } from '@msa/telemetry';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  commandQueueName,
  EVENT_SUBSCRIBERS,
  eventQueueName,
  processOnce,
  publishEvent,
  sendCommand,
  startEventWorker,
  type RunningWorker,
} from '../src';
import {
  createOutboxDatabase,
  inTransaction,
  rawExecutor,
  type OutboxDatabase,
} from './support/outbox-database';
import { recordingLogger } from './support/recording-logger';
import { createTestQueues } from './support/redis-queues';
import { relayStarter, unpublishedCount as unpublishedIn, variantChanged } from './support/relay-test-bed';

const EVENT = 'product.variant.changed';
const CONSUMER = EVENT_SUBSCRIBERS[EVENT][0]!;
const CONSUMER_QUEUE = eventQueueName(CONSUMER);

/** What the consumer's handler writes, in the same transaction as its inbox entry. */
const HANDLED_DDL = `CREATE TABLE "handled" ("seq" SERIAL PRIMARY KEY, "event_id" UUID NOT NULL);`;

async function redrivenCount(outbox: string, queue: string): Promise<number> {
  const metric = await processRegistry.getSingleMetric('msa_outbox_redriven_total')?.get();
  return metric?.values.find((v) => v.labels.outbox === outbox && v.labels.queue === queue)?.value ?? 0;
}

describe('outbox re-drive after Redis lost the queues', () => {
  let db: OutboxDatabase;
  let redis: ReturnType<typeof createTestQueues>;
  let outbox: string;
  const workers: RunningWorker[] = [];
  const quiet = recordingLogger().logger;
  const relays = relayStarter(() => ({ db, redis }), { logger: quiet });
  const relay = relays.start;

  /** The consumer: records each event it handles, at most once per event id thanks to the inbox. */
  const startConsumer = () => {
    const worker = startEventWorker(
      CONSUMER,
      {
        [EVENT]: async (event: { id: string }) => {
          await inTransaction(db.pool, async (tx, client) => {
            if (!(await processOnce(tx, CONSUMER, event.id))) return;
            await rawExecutor(client).$executeRawUnsafe(
              'INSERT INTO "handled" ("event_id") VALUES ($1::uuid)',
              event.id,
            );
          });
        },
      },
      { connection: redis.connection, prefix: redis.prefix, logger: quiet },
    );
    workers.push(worker);
    return worker;
  };

  const handledIds = async (): Promise<string[]> =>
    (await db.pool.query<{ event_id: string }>('SELECT "event_id" FROM "handled" ORDER BY "seq"')).rows.map(
      (row) => row.event_id,
    );
  const unpublishedCount = () => unpublishedIn(db);
  const completedCount = async () =>
    (await redis.queue(CONSUMER_QUEUE).getJobCounts('completed')).completed ?? 0;

  const publishVariants = (count: number, tag: string) =>
    inTransaction(db.pool, async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await publishEvent(tx, EVENT, variantChanged(`${tag}${i}`)));
      return ids;
    });

  beforeEach(async () => {
    db = await createOutboxDatabase(HANDLED_DDL);
    redis = createTestQueues();
    outbox = new URL(db.url).pathname.slice(1).replace(/^msa_/, '');
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await relays.stopAll();
    await redis.close();
    await db.drop();
  });

  it('publishes published events again, in order, and the consumer handles each exactly once', async () => {
    const { logger, lines } = recordingLogger();
    const relayed = relay({ logger });
    const ids = await publishVariants(5, 'a');
    const commandId = await inTransaction(db.pool, (tx) =>
      sendCommand(tx, 'inventory.commit', { orderId: 'o1' }),
    );
    await relayed.flush();
    expect(await unpublishedCount()).toBe(0);

    // Redis restarted without persistence before any consumer took the jobs.
    await redis.empty();
    expect(await redis.queue(CONSUMER_QUEUE).getJob(ids[0]!)).toBeUndefined();

    await relayed.flush();
    expect(await redrivenCount(outbox, CONSUMER_QUEUE)).toBe(5);
    expect(await redrivenCount(outbox, commandQueueName('inventory'))).toBe(1);
    expect(await redis.queue(commandQueueName('inventory')).getJob(commandId)).toBeDefined();
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        data: expect.objectContaining({ outbox, redriven: 5 * EVENT_SUBSCRIBERS[EVENT].length + 1 }),
      }),
    );

    startConsumer();
    await vi.waitFor(async () => expect(await completedCount()).toBe(5), { timeout: 10_000, interval: 25 });
    // Outbox order: commit time, then id (the five share one transaction, so one time).
    const { rows } = await db.pool.query<{ id: string }>(
      'SELECT "id" FROM "outbox" WHERE "name" = $1 ORDER BY "created_at", "id"',
      [EVENT],
    );
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(await handledIds()).toEqual(rows.map((row) => row.id));

    // The marker is back: the next runs re-drive nothing.
    await relayed.flush();
    expect(await redrivenCount(outbox, CONSUMER_QUEUE)).toBe(5);
  });

  it('re-drives events the consumer already handled without their effects applying twice', async () => {
    const relayed = relay();
    startConsumer();
    const ids = await publishVariants(3, 'b');
    await relayed.flush();
    await vi.waitFor(async () => expect(await completedCount()).toBe(3), { timeout: 10_000, interval: 25 });

    await redis.empty();
    await relayed.flush();
    // The same three jobs again, now acknowledged a second time by the consumer's inbox.
    await vi.waitFor(async () => expect(await completedCount()).toBe(3), { timeout: 10_000, interval: 25 });
    expect(await redrivenCount(outbox, CONSUMER_QUEUE)).toBe(3);
    expect((await handledIds()).sort()).toEqual([...ids].sort());
  });

  it('leaves out rows published before the window and messages whose secret was redacted', async () => {
    const relayed = relay({ redriveWindowMs: 60 * 60 * 1000 });
    const [old, recent] = await publishVariants(2, 'c');
    const secret = await inTransaction(db.pool, (tx) =>
      publishEvent(tx, 'user.password_reset_requested', {
        userId: 'u1',
        resetUrl: 'https://shop.test/reset-password?token=secret',
        expiresAt: new Date().toISOString(),
      }),
    );
    await relayed.flush();
    expect(await unpublishedCount()).toBe(0);
    await db.pool.query(
      `UPDATE "outbox" SET "published_at" = "published_at" - interval '2 hours' WHERE "id" = $1`,
      [old],
    );

    await redis.empty();
    await relayed.flush();

    expect(await redis.queue(CONSUMER_QUEUE).getJob(recent!)).toBeDefined();
    expect(await redis.queue(CONSUMER_QUEUE).getJob(old!)).toBeUndefined();
    expect(await redis.queue(eventQueueName('notifications')).getJob(secret)).toBeUndefined();
    expect(await redrivenCount(outbox, CONSUMER_QUEUE)).toBe(1);
  });

  it('re-drives again when the previous re-drive did not finish', async () => {
    const relayed = relay();
    const ids = await publishVariants(2, 'd');
    await relayed.flush();
    // A relay that crashed mid re-drive leaves its token as the marker, not the "intact" value.
    await redis.empty();
    await redis.connection.set(`${redis.prefix}:outbox-relay:${outbox}`, 'token-of-a-crashed-relay');

    await relay().flush();

    for (const id of ids) expect(await redis.queue(CONSUMER_QUEUE).getJob(id)).toBeDefined();
  });
});
