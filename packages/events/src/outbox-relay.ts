import type { DefaultJobOptions } from 'bullmq';
import pg from 'pg';
import { coalescingRunner } from './coalescing-runner';
import { stderrLogger, type EventsLogger } from './logger';
import { recordPublished, watchOutbox } from './metrics';
import { carriesSecret, redactSecretLinks } from './secret-links';
import { listenForOutbox } from './outbox-notify';
import { registerLocalRelay } from './outbox-handoff';
import { enqueueOutboxRows, OUTBOX_COLUMNS, toOutboxRow, type SelectedOutboxRow } from './outbox-enqueue';
import { createQueueLossGuard, resolveRedriveWindowMs } from './outbox-redrive';
import {
  closeConnection,
  createProducerConnection,
  createQueueRegistry,
  DEFAULT_JOB_OPTIONS,
  type QueueRegistry,
} from './queues';

export interface OutboxRelayOptions {
  databaseUrl: string;
  redisUrl: string;
  /** Queue key prefix; defaults to QUEUE_PREFIX, then BullMQ's `bull`. */
  prefix?: string;
  logger?: EventsLogger;
  /**
   * Fallback poll for when notifications may be missed (listener down or reconnecting) and after a run failed;
   * default 1000 ms.
   */
  pollIntervalMs?: number;
  /**
   * How often it polls anyway while it listens and its runs succeed (new rows then wake it without a poll);
   * default 10 × pollIntervalMs. Each poll is a Postgres transaction, even when it finds nothing.
   */
  quietPollIntervalMs?: number;
  /** Rows claimed per transaction; default 100. */
  batchSize?: number;
  /** Overrides of DEFAULT_JOB_OPTIONS for every job this relay adds. */
  jobOptions?: DefaultJobOptions;
  /** The publishing service, named on trace spans and metrics; defaults to the database name without `msa_`. */
  service?: string;
  /**
   * How far back (by publication time) rows are published again when Redis lost the queues; defaults to
   * OUTBOX_REDRIVE_WINDOW_HOURS, then a day. Published rows must be kept at least that long.
   */
  redriveWindowMs?: number;
}

export interface OutboxRelay {
  /**
   * Re-drives recently published rows if Redis lost the queues (see outbox-redrive.ts), then publishes
   * everything unpublished now; resolves with the number of rows it marked published.
   */
  flush(): Promise<number>;
  /** Settles once the relay listens for notifications (or its first attempt failed and it polls). */
  ready: Promise<void>;
  /** Stops polling and listening, lets a running batch finish, closes its connections. */
  stop(): Promise<void>;
}

/**
 * Checks a client out with `onError` listening from the moment pg-pool hands it over. Attached after an
 * `await`, it would miss an error read in the same socket read as the release that handed the client over.
 */
function connectListening(pool: pg.Pool, onError: (error: Error) => void): Promise<pg.PoolClient> {
  return new Promise((resolve, reject) => {
    pool.connect((error, client) => {
      if (error || !client) return reject(error);
      client.on('error', onError);
      resolve(client);
    });
  });
}

/**
 * Claims rows no other relay holds (SKIP LOCKED, so replicas split the work), adds their jobs and marks them
 * published in the same transaction. A crash after the jobs are added but before the commit leaves the rows
 * unpublished; the next run adds the same job ids again, which BullMQ ignores.
 */
async function publishBatch(
  pool: pg.Pool,
  queues: QueueRegistry,
  batchSize: number,
  logger: EventsLogger,
  service: string,
): Promise<number> {
  let broken = false;
  // A connection that fails while no query runs on it (during the enqueue, say, when Postgres restarts) reports
  // it as an 'error' event on the client, which ends the process unless someone listens.
  const onConnectionError = (error: Error) => {
    broken = true;
    logger.warn({ err: error }, 'outbox relay: database connection failed during a batch');
  };
  const client = await connectListening(pool, onConnectionError);
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<SelectedOutboxRow>(
      `SELECT ${OUTBOX_COLUMNS}
         FROM "outbox"
        WHERE "published_at" IS NULL
        ORDER BY "created_at"
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [batchSize],
    );
    if (rows.length) {
      await enqueueOutboxRows(rows.map(toOutboxRow), { queues, logger, service, reportUndeliverable: true });
      await client.query(
        `UPDATE "outbox" SET "published_at" = now() AT TIME ZONE 'UTC' WHERE "id" = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      // A mailed secret stays in the outbox only until its jobs are queued.
      for (const row of rows.filter((claimed) => carriesSecret(claimed.name)))
        await client.query(`UPDATE "outbox" SET "payload" = $2::jsonb WHERE "id" = $1::uuid`, [
          row.id,
          JSON.stringify(redactSecretLinks(row.name, row.payload)),
        ]);
    }
    await client.query('COMMIT');
    for (const row of rows) recordPublished(service, row.kind, row.name, row.payload);
    return rows.length;
  } catch (error) {
    // A connection that cannot even roll back is discarded rather than returned to the pool.
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.removeListener('error', onConnectionError);
    client.release(broken);
  }
}

/** Ids of rows handed over in process whose notifications have not arrived; a bound against a lost listener. */
const MAX_EXPECTED_ROWS = 10_000;

/**
 * Moves committed outbox rows onto their BullMQ queues. Wakes when a transaction of its own process commits
 * rows (outbox-handoff.ts) or on the outbox trigger's notifications for the others, polls as a fallback, and is
 * safe to run in every replica of a service.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const logger = options.logger ?? stderrLogger;
  const service = options.service ?? outboxNameOf(options.databaseUrl);
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be a positive integer; got ${batchSize}`);
  if (!(pollIntervalMs > 0)) throw new Error(`pollIntervalMs must be positive; got ${pollIntervalMs}`);
  const quietPollIntervalMs = options.quietPollIntervalMs ?? pollIntervalMs * 10;
  if (!(quietPollIntervalMs >= pollIntervalMs))
    throw new Error(`quietPollIntervalMs must be at least pollIntervalMs; got ${quietPollIntervalMs}`);
  const redriveWindowMs = resolveRedriveWindowMs(options.redriveWindowMs);

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  pool.on('error', (error) => logger.warn({ err: error }, 'outbox relay: idle database connection failed'));
  const connection = createProducerConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'outbox relay: redis connection error'));
  const queues = createQueueRegistry({
    connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions },
  });

  const queueLoss = createQueueLossGuard({
    pool,
    connection,
    queues,
    service,
    windowMs: redriveWindowMs,
    batchSize,
    logger,
  });

  let stopped = false;
  const drain = async (): Promise<number> => {
    // Before any job is added: the marker it sets must be older than every job that Redis could lose.
    await queueLoss.check();
    let published = 0;
    while (!stopped) {
      const claimed = await publishBatch(pool, queues, batchSize, logger, service);
      published += claimed;
      if (claimed < batchSize) break;
    }
    if (published) logger.info({ published }, 'outbox relay published messages');
    return published;
  };
  const runner = coalescingRunner(drain);
  // When the last run finished well (0: never, or it failed): a quiet relay then polls less often.
  let lastGoodRunAt = 0;
  const wake = () => {
    if (stopped) return;
    runner.run().then(
      () => {
        lastGoodRunAt = Date.now();
      },
      (error: unknown) => {
        lastGoodRunAt = 0;
        logger.error({ err: error }, 'outbox relay run failed; retrying at the next poll');
      },
    );
  };

  // Rows committed by this process's own transactions are handed over in process (outbox-handoff.ts): their
  // notifications are ignored, the commit wakes the relay directly.
  const expected = new Set<string>();
  const unregister = registerLocalRelay(options.databaseUrl, {
    expect(ids) {
      if (expected.size > MAX_EXPECTED_ROWS) expected.clear();
      for (const id of ids) expected.add(id);
    },
    forget(ids) {
      for (const id of ids) expected.delete(id);
    },
    committed: wake,
  });
  const onNotification = (id?: string) => {
    if (id !== undefined && expected.delete(id)) return;
    // A (re)connect: notifications sent while nobody listened are lost, so none is waited for any more.
    if (id === undefined) expected.clear();
    wake();
  };

  const unwatch = watchOutbox(service, () => outboxBacklog(pool));
  const listener = listenForOutbox(
    options.databaseUrl,
    onNotification,
    logger,
    Math.max(pollIntervalMs, 1000),
  );
  // Every poll is a transaction: while notifications arrive and runs succeed, it only checks now and then.
  const poll = () => {
    if (listener.listening() && lastGoodRunAt && Date.now() - lastGoodRunAt < quietPollIntervalMs) return;
    wake();
  };
  const timer = setInterval(poll, pollIntervalMs);

  return {
    ready: listener.ready,
    flush() {
      if (stopped) return Promise.reject(new Error('outbox relay is stopped'));
      return runner.run();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      unregister();
      clearInterval(timer);
      unwatch();
      await listener.close();
      await runner.idle();
      await queues.close();
      await closeConnection(connection);
      await pool.end();
    },
  };
}

/** `postgresql://…/msa_orders` → `orders`: the service that owns the outbox. */
function outboxNameOf(databaseUrl: string): string {
  try {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    return name.replace(/^msa_/, '') || 'outbox';
  } catch {
    return 'outbox';
  }
}

/** Rows not yet published and the age of the oldest, for the outbox lag metrics. */
async function outboxBacklog(pool: pg.Pool): Promise<{ pending: number; lagSeconds: number }> {
  const { rows } = await pool.query<{ pending: number; lag: number | null }>(
    `SELECT count(*)::int AS "pending",
            EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - min("created_at"))::float8 AS "lag"
       FROM "outbox"
      WHERE "published_at" IS NULL`,
  );
  return { pending: rows[0]?.pending ?? 0, lagSeconds: Math.max(0, rows[0]?.lag ?? 0) };
}
