import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  EVENT_SUBSCRIBERS,
  eventQueueName,
  commandQueueName,
  groupByQueue,
  outboxCommitHandOff,
  planDelivery,
  publishEvent,
  sendCommand,
} from '../src';
import { createOutboxDatabase, inTransaction, type OutboxDatabase } from './support/outbox-database';
import { recordingLogger } from './support/recording-logger';
import { createTestQueues } from './support/redis-queues';
import { relayStarter, unpublishedCount as unpublishedIn, variantChanged } from './support/relay-test-bed';

const subscriberQueues = EVENT_SUBSCRIBERS['product.variant.changed'].map(eventQueueName);

describe('outbox relay', () => {
  let db: OutboxDatabase;
  let redis: ReturnType<typeof createTestQueues>;
  const relays = relayStarter(() => ({ db, redis }));
  const relay = relays.start;
  const unpublishedCount = () => unpublishedIn(db);
  const waitingIds = async (queue: string) => (await redis.queue(queue).getRanges(['wait'], 0, -1)).sort();

  beforeAll(async () => {
    expect(subscriberQueues.length).toBeGreaterThan(1);
    db = await createOutboxDatabase();
    redis = createTestQueues();
  });

  afterEach(() => relays.stopAll());

  afterAll(async () => {
    await redis?.close();
    await db?.drop();
  });

  it('relays an event to every subscriber queue once, with the outbox id as job id, and a command to its owner', async () => {
    const { eventId, commandId } = await inTransaction(db.pool, async (tx) => ({
      eventId: await publishEvent(tx, 'product.variant.changed', variantChanged('v1')),
      commandId: await sendCommand(tx, 'inventory.commit', { orderId: 'o1' }),
    }));
    const relayed = relay();

    await relayed.flush();
    expect(await unpublishedCount()).toBe(0);
    for (const queue of subscriberQueues) {
      const job = await redis.queue(queue).getJob(eventId);
      expect(job?.name).toBe('product.variant.changed');
      expect(job?.data).toEqual({
        id: eventId,
        name: 'product.variant.changed',
        payload: variantChanged('v1'),
        occurredAt: expect.any(String),
      });
      expect(await waitingIds(queue)).toEqual([eventId]);
      // created_at is stored as UTC without a zone (Prisma's convention); occurredAt must read it as UTC.
      expect(Math.abs(Date.parse(job!.data.occurredAt) - Date.now())).toBeLessThan(60_000);
    }
    const command = await redis.queue(commandQueueName('inventory')).getJob(commandId);
    expect(command?.data).toMatchObject({
      id: commandId,
      name: 'inventory.commit',
      payload: { orderId: 'o1' },
    });
    expect(command?.opts.attempts).toBe(8);

    expect(await relayed.flush()).toBe(0);
    for (const queue of subscriberQueues) expect(await waitingIds(queue)).toEqual([eventId]);
    await relayed.stop();
  });

  it('loses and duplicates nothing when it crashed after adding jobs but before marking the rows published', async () => {
    const id = await inTransaction(db.pool, (tx) =>
      publishEvent(tx, 'product.variant.changed', variantChanged('v2')),
    );
    // What the crashed relay managed to do: add the jobs. The row stayed unpublished.
    const { rows } = await db.pool.query(
      'SELECT id, kind, name, payload, created_at AS "createdAt" FROM "outbox" WHERE id = $1',
      [id],
    );
    for (const [queue, deliveries] of groupByQueue(planDelivery(rows[0]).deliveries)) {
      await redis
        .queue(queue)
        .addBulk(deliveries.map((d) => ({ name: d.jobName, data: d.data, opts: { jobId: d.jobId } })));
    }
    const before = await Promise.all(subscriberQueues.map(waitingIds));

    expect(await relay().flush()).toBe(1);

    expect(await unpublishedCount()).toBe(0);
    const after = await Promise.all(subscriberQueues.map(waitingIds));
    expect(after).toEqual(before);
    for (const ids of after) expect(ids.filter((jobId) => jobId === id)).toHaveLength(1);
  });

  it('publishes rows committed while no relay ran as soon as one starts', async () => {
    const ids = await inTransaction(db.pool, async (tx) => [
      await publishEvent(tx, 'product.variant.changed', variantChanged('v3')),
      await publishEvent(tx, 'product.variant.changed', variantChanged('v4')),
    ]);
    relay({ pollIntervalMs: 50 });
    await vi.waitFor(async () => expect(await unpublishedCount()).toBe(0), { timeout: 5_000, interval: 25 });
    for (const queue of subscriberQueues)
      expect(await waitingIds(queue)).toEqual(expect.arrayContaining(ids));
  });

  it('lets two relays share the work without publishing any row twice', async () => {
    const ids = await inTransaction(db.pool, async (tx) => {
      const written: string[] = [];
      for (let i = 0; i < 40; i++)
        written.push(await publishEvent(tx, 'product.variant.changed', variantChanged(`c${i}`)));
      return written;
    });
    const logs = [recordingLogger(), recordingLogger()];
    const [a, b] = logs.map(({ logger }) => relay({ batchSize: 3, logger }));
    await Promise.all([a!.flush(), b!.flush(), a!.flush(), b!.flush()]);
    await Promise.all([a!.stop(), b!.stop()]);

    // Each relay logs every row it marked published (its start-up run included): a row claimed by both would count twice.
    const published = logs
      .flatMap(({ lines }) => lines)
      .reduce((sum, line) => sum + ((line.data as { published?: number }).published ?? 0), 0);
    expect(published).toBe(40);
    expect(await unpublishedCount()).toBe(0);
    for (const queue of subscriberQueues) {
      const waiting = await waitingIds(queue);
      expect(waiting).toEqual(expect.arrayContaining(ids));
      expect(new Set(waiting).size).toBe(waiting.length);
    }
  });

  it('skips rows another replica holds instead of waiting for them', async () => {
    const ids = await inTransaction(db.pool, async (tx) => {
      const written: string[] = [];
      for (let i = 0; i < 6; i++)
        written.push(await publishEvent(tx, 'product.variant.changed', variantChanged(`s${i}`)));
      return written;
    });
    const other = await db.pool.connect();
    try {
      // Another replica in the middle of its batch: it holds the oldest three rows.
      await other.query('BEGIN');
      await other.query('SELECT id FROM "outbox" WHERE id = ANY($1::uuid[]) FOR UPDATE', [ids.slice(0, 3)]);
      const relayed = relay({ batchSize: 2 });
      await relayed.flush();
      const { rows } = await db.pool.query(
        'SELECT id FROM "outbox" WHERE "published_at" IS NULL ORDER BY id',
      );
      expect(rows.map((row) => row.id)).toEqual(ids.slice(0, 3).sort());
      await other.query('ROLLBACK');
      await relayed.flush();
      expect(await unpublishedCount()).toBe(0);
    } finally {
      other.release();
    }
  });

  it('wakes on the outbox trigger instead of waiting for its next poll', async () => {
    const listening = relay({ pollIntervalMs: 60_000 });
    await listening.ready;
    await listening.flush();
    const id = await inTransaction(db.pool, (tx) =>
      publishEvent(tx, 'product.variant.changed', variantChanged('n1')),
    );
    await vi.waitFor(async () => expect(await redis.queue(subscriberQueues[0]!).getJob(id)).toBeDefined(), {
      timeout: 3_000,
      interval: 20,
    });
  });

  it('publishes the rows of a transaction of its own process once it commits, without a notification', async () => {
    const quiet = await createOutboxDatabase('DROP TRIGGER "outbox_notify" ON "outbox";');
    const handedOver = relay({ databaseUrl: quiet.url });
    try {
      await handedOver.ready;
      await handedOver.flush();
      const handOff = outboxCommitHandOff(quiet.url);
      let written: string[] = [];
      const id = await inTransaction(quiet.pool, async (tx) => {
        const eventId = await publishEvent(tx, 'product.variant.changed', variantChanged('h1'));
        written = handOff.beforeCommit(tx);
        return eventId;
      });
      expect(written).toEqual([id]);
      handOff.afterCommit(written);
      await vi.waitFor(async () => expect(await redis.queue(subscriberQueues[0]!).getJob(id)).toBeDefined(), {
        timeout: 3_000,
        interval: 20,
      });
    } finally {
      await handedOver.stop();
      await quiet.drop();
    }
  });

  it('reports rows nobody can consume and does not retry them forever', async () => {
    const { logger, lines } = recordingLogger();
    const id = randomUUID();
    await db.pool.query(
      `INSERT INTO "outbox" (id, kind, name, payload) VALUES ($1, 'command', 'nobody.owns_this', '{}')`,
      [id],
    );
    expect(await relay({ logger }).flush()).toBe(1);
    expect(await unpublishedCount()).toBe(0);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', data: expect.objectContaining({ outboxId: id }) }),
    );
  });
});
