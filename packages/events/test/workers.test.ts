import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  countDeadLetters,
  DEAD_LETTER_QUEUE,
  eventQueueName,
  commandQueueName,
  listDeadLetters,
  processOnce,
  retryDeadLetter,
  sendCommand,
  startCommandWorker,
  startEventWorker,
  startOutboxRelay,
  UnrecoverableError,
  type CommandEnvelope,
  type DomainEvent,
  type RunningWorker,
} from '../src';
import { createOutboxDatabase, inTransaction, type OutboxDatabase } from './support/outbox-database';
import { recordingLogger } from './support/recording-logger';
import { createTestQueues, REDIS_URL } from './support/redis-queues';

const SERVICE = 'orders';
const FAST_RETRY = { attempts: 2, backoff: { type: 'fixed', delay: 10 } };

function reservedEvent(orderId: string, id = randomUUID()): DomainEvent<'inventory.reserved'> {
  return {
    id,
    name: 'inventory.reserved',
    payload: { orderId, reservationIds: ['r1'] },
    occurredAt: new Date().toISOString(),
  };
}

describe('workers, inbox and dead letters', () => {
  let db: OutboxDatabase;
  let redis: ReturnType<typeof createTestQueues>;
  const workers: RunningWorker[] = [];
  const quiet = recordingLogger().logger;

  const eventWorker = (handlers: Parameters<typeof startEventWorker>[1]) => {
    const worker = startEventWorker(SERVICE, handlers, {
      connection: redis.connection,
      prefix: redis.prefix,
      logger: quiet,
    });
    workers.push(worker);
    return worker;
  };
  const addEvent = (event: DomainEvent, jobId: string, opts: object = FAST_RETRY) =>
    redis.queue(eventQueueName(SERVICE)).add(event.name, event, { jobId, ...opts });
  const finished = async (job: Job) => {
    await vi.waitFor(async () => expect(['completed', 'failed']).toContain(await job.getState()), {
      timeout: 5_000,
      interval: 20,
    });
    return (await redis.queue(job.queueName).getJob(job.id!))!;
  };

  beforeAll(async () => {
    db = await createOutboxDatabase('CREATE TABLE "confirmations" ("order_id" TEXT NOT NULL);');
    redis = createTestQueues();
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await redis.queue(DEAD_LETTER_QUEUE).obliterate({ force: true });
  });

  afterAll(async () => {
    await redis?.close();
    await db?.drop();
  });

  it('processOnce accepts a message id once per consumer', async () => {
    const id = randomUUID();
    expect(await inTransaction(db.pool, (tx) => processOnce(tx, 'orders', id))).toBe(true);
    expect(await inTransaction(db.pool, (tx) => processOnce(tx, 'orders', id))).toBe(false);
    expect(await inTransaction(db.pool, (tx) => processOnce(tx, 'cart', id))).toBe(true);
    // A handler that failed rolled its inbox row back with its writes: the retry is processed in full.
    const failed = randomUUID();
    await expect(
      inTransaction(db.pool, async (tx) => {
        await processOnce(tx, 'orders', failed);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await inTransaction(db.pool, (tx) => processOnce(tx, 'orders', failed))).toBe(true);
  });

  it('dispatches by job name and a redelivered event changes nothing the second time', async () => {
    const calls: string[] = [];
    eventWorker({
      'inventory.reserved': async (event) => {
        calls.push(event.id);
        await inTransaction(db.pool, async (tx, client) => {
          if (!(await processOnce(tx, SERVICE, event.id))) return;
          await client.query('INSERT INTO "confirmations" ("order_id") VALUES ($1)', [event.payload.orderId]);
        });
      },
    });
    const event = reservedEvent('o-redelivered');
    await finished(await addEvent(event, event.id));
    // The same message again under another job id, as a dead-letter retry or a second relay would send it.
    const again = await finished(await addEvent(event, `${event.id}-again`));

    expect(await again.getState()).toBe('completed');
    expect(calls).toEqual([event.id, event.id]);
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM "confirmations" WHERE "order_id" = $1',
      ['o-redelivered'],
    );
    expect(rows[0].n).toBe(1);
  });

  it('moves a job that keeps failing to the dead letters after its attempts, and a retry runs it again', async () => {
    let healthy = false;
    const seen: number[] = [];
    eventWorker({
      'inventory.reserved': async (event) => {
        seen.push(Date.now());
        if (!healthy) throw new Error(`orders cannot handle ${event.payload.orderId} yet`);
      },
    });
    const event = reservedEvent('o-dead');
    const failed = await finished(await addEvent(event, event.id));

    expect(await failed.getState()).toBe('failed');
    expect(failed.attemptsMade).toBe(2);
    expect(seen).toHaveLength(2);
    expect(await countDeadLetters(redis.connection, { prefix: redis.prefix })).toBe(1);
    const page = await listDeadLetters(redis.connection, { prefix: redis.prefix });
    expect(page.totalCount).toBe(1);
    expect(page.entries[0]).toMatchObject({
      queue: eventQueueName(SERVICE),
      jobName: 'inventory.reserved',
      jobId: event.id,
      data: event,
      failedReason: 'orders cannot handle o-dead yet',
      attemptsMade: 2,
    });
    expect(Date.parse(page.entries[0]!.failedAt)).not.toBeNaN();

    healthy = true;
    const retried = await retryDeadLetter(redis.connection, page.entries[0]!.id, { prefix: redis.prefix });
    expect(retried).toEqual({
      queue: eventQueueName(SERVICE),
      jobId: expect.stringMatching(new RegExp(`^${event.id}-retry-\\d+$`)),
    });
    expect(await countDeadLetters(redis.connection, { prefix: redis.prefix })).toBe(0);
    const rerun = (await redis.queue(eventQueueName(SERVICE)).getJob(retried!.jobId))!;
    expect((await finished(rerun)).finishedOn).toBeDefined();
    expect(await rerun.getState()).toBe('completed');
    expect(rerun.data).toEqual(event);
    expect(seen).toHaveLength(3);
    expect(await retryDeadLetter(redis.connection, page.entries[0]!.id, { prefix: redis.prefix })).toBeNull();
  });

  it('fails unknown job names and UnrecoverableError at once, without using up the retries', async () => {
    eventWorker({
      'inventory.reserved': async () => {
        throw new UnrecoverableError('order o-gone no longer exists');
      },
    });
    const permanent = reservedEvent('o-gone');
    const unknown = { ...reservedEvent('o-unknown'), name: 'inventory.teleported' } as unknown as DomainEvent;
    const [a, b] = await Promise.all([
      addEvent(permanent, permanent.id, { ...FAST_RETRY, attempts: 5 }).then(finished),
      addEvent(unknown, unknown.id, { ...FAST_RETRY, attempts: 5 }).then(finished),
    ]);

    for (const job of [a, b]) {
      expect(await job.getState()).toBe('failed');
      expect(job.attemptsMade).toBe(1);
    }
    expect(b.failedReason).toBe(`No handler for "inventory.teleported" on queue ${eventQueueName(SERVICE)}`);
    const { entries } = await listDeadLetters(redis.connection, { prefix: redis.prefix });
    expect(entries.map((entry) => [entry.jobId, entry.attemptsMade]).sort()).toEqual(
      [
        [permanent.id, 1],
        [unknown.id, 1],
      ].sort(),
    );
  });

  it('pages through dead letters newest first by cursor or offset', async () => {
    eventWorker({});
    const events = [reservedEvent('p1'), reservedEvent('p2'), reservedEvent('p3')];
    for (const event of events) await finished(await addEvent(event, event.id, { attempts: 1 }));

    const first = await listDeadLetters(redis.connection, { prefix: redis.prefix, first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.hasNextPage).toBe(true);
    expect(first.entries.map((entry) => entry.jobId)).toEqual([events[2]!.id, events[1]!.id]);
    const second = await listDeadLetters(redis.connection, {
      prefix: redis.prefix,
      first: 2,
      after: first.entries[1]!.id,
    });
    expect(second.entries.map((entry) => entry.jobId)).toEqual([events[0]!.id]);
    expect(second.hasNextPage).toBe(false);
    const byOffset = await listDeadLetters(redis.connection, { prefix: redis.prefix, first: 1, offset: 1 });
    expect(byOffset.entries.map((entry) => entry.jobId)).toEqual([events[1]!.id]);

    await retryDeadLetter(redis.connection, first.entries[1]!.id, { prefix: redis.prefix });
    await expect(
      listDeadLetters(redis.connection, { prefix: redis.prefix, after: first.entries[1]!.id }),
    ).rejects.toThrow(/no longer exists/);
    await expect(listDeadLetters(redis.connection, { prefix: redis.prefix, first: 0 })).rejects.toThrow(
      /first must be between 1 and 100/,
    );
  });

  it('carries a command from the sender’s outbox to its owner’s command worker', async () => {
    const received: CommandEnvelope<'inventory.release'>[] = [];
    const worker = startCommandWorker(
      'inventory',
      {
        'inventory.release': async (command) => {
          received.push(command);
        },
      },
      { redisUrl: REDIS_URL, prefix: redis.prefix, logger: quiet, concurrency: 2 },
    );
    workers.push(worker);
    const relay = startOutboxRelay({
      databaseUrl: db.url,
      redisUrl: REDIS_URL,
      prefix: redis.prefix,
      logger: quiet,
    });
    try {
      const id = await inTransaction(db.pool, (tx) =>
        sendCommand(tx, 'inventory.release', { orderId: 'o-cmd', reason: 'payment declined' }),
      );
      await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5_000, interval: 20 });
      expect(received[0]).toMatchObject({
        id,
        name: 'inventory.release',
        payload: { orderId: 'o-cmd', reason: 'payment declined' },
      });
      expect(worker.queue).toBe(commandQueueName('inventory'));
    } finally {
      await relay.stop();
    }
  });
});
