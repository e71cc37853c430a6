import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { enqueueOutboxRows, OUTBOX_COLUMNS, toOutboxRow, type SelectedOutboxRow } from './outbox-enqueue';
import type { EventsLogger } from './logger';
import { recordRedriven } from './metrics';
import type { QueueRegistry } from './queues';
import { SECRET_LINK_FIELDS } from './secret-links';

/** How far back published outbox rows are re-driven after the queues were lost: a day, unless configured. */
export const DEFAULT_REDRIVE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The explicit window wins, then OUTBOX_REDRIVE_WINDOW_HOURS, then a day. */
export function resolveRedriveWindowMs(windowMs?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (windowMs !== undefined) {
    if (!(windowMs >= 0) || !Number.isFinite(windowMs))
      throw new Error(`redriveWindowMs must be a non-negative number; got ${windowMs}`);
    return windowMs;
  }
  const hours = env.OUTBOX_REDRIVE_WINDOW_HOURS;
  if (hours === undefined || hours === '') return DEFAULT_REDRIVE_WINDOW_MS;
  const parsed = Number(hours);
  if (!(parsed >= 0) || !Number.isFinite(parsed))
    throw new Error(`OUTBOX_REDRIVE_WINDOW_HOURS must be a non-negative number of hours; got "${hours}"`);
  return parsed * 60 * 60 * 1000;
}

/** The Redis key whose absence tells a service's relay that its queues were emptied since it last looked. */
export function queuesMarkerKey(prefix: string, service: string): string {
  return `${prefix}:outbox-relay:${service}`;
}

/** The marker's value once every message published within the window is known to be in Redis. */
const INTACT = 'intact';

/** Sets the marker to INTACT only if it still holds this re-drive's token (Redis was not emptied meanwhile). */
const COMPLETE_REDRIVE = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0`;

/** Messages carrying a mailed secret are redacted once queued: re-sending the redacted link would not help. */
const SKIPPED_NAMES = Object.keys(SECRET_LINK_FIELDS);

export interface QueueLossGuardOptions {
  pool: pg.Pool;
  connection: Redis;
  queues: QueueRegistry;
  service: string;
  windowMs: number;
  batchSize: number;
  logger: EventsLogger;
}

export interface QueueLossGuard {
  /**
   * Re-drives the published rows of the window when the marker is gone; resolves with the jobs re-added
   * (0 when the queues are intact). The relay runs it before each batch it publishes.
   */
  check(): Promise<number>;
}

/**
 * Detects that Redis lost this service's queues and puts the messages back. A marker key is set before the
 * relay adds any job, so if Redis is emptied (FLUSHALL, a restart without persistence, keys deleted) after a
 * job was added, the marker is gone too. Then every row published within the window is added again, oldest
 * first, under its outbox id: BullMQ ignores jobs still in Redis and consumers' inboxes ignore messages they
 * already handled. The marker holds a token during the re-drive and becomes INTACT only if that token is
 * still there at the end, so a re-drive cut short by a crash or by Redis being emptied again is repeated.
 */
export function createQueueLossGuard(options: QueueLossGuardOptions): QueueLossGuard {
  const key = queuesMarkerKey(options.queues.prefix, options.service);
  return {
    async check() {
      if ((await options.connection.get(key)) === INTACT) return 0;
      const token = randomUUID();
      await options.connection.set(key, token);
      const byQueue = await redrivePublished(options);
      await options.connection.eval(COMPLETE_REDRIVE, 1, key, token, INTACT);
      const redriven = [...byQueue.values()].reduce((sum, count) => sum + count, 0);
      for (const [queue, count] of byQueue) recordRedriven(options.service, queue, count);
      options.logger[redriven ? 'warn' : 'info'](
        {
          outbox: options.service,
          redriven,
          byQueue: Object.fromEntries(byQueue),
          windowHours: options.windowMs / 3_600_000,
        },
        'outbox relay: queue marker missing (Redis emptied, restarted without persistence, or first start); re-drove the messages published within the window',
      );
      return redriven;
    },
  };
}

interface RedriveRow extends SelectedOutboxRow {
  cursor_at: string;
}

/** Adds the jobs of every row published within the window again, page by page in outbox order. */
async function redrivePublished(options: QueueLossGuardOptions): Promise<Map<string, number>> {
  const byQueue = new Map<string, number>();
  const {
    rows: [bounds],
  } = await options.pool.query<{ since: string }>(
    `SELECT ((now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8))::text AS "since"`,
    [options.windowMs / 1000],
  );
  let cursor: [createdAt: string, id: string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const { rows } = await options.pool.query<RedriveRow>(
      `SELECT ${OUTBOX_COLUMNS}, "created_at"::text AS "cursor_at"
         FROM "outbox"
        WHERE "published_at" >= $1::timestamp
          AND NOT ("name" = ANY($2::text[]))
          AND ("created_at", "id") > ($3::timestamp, $4::uuid)
        ORDER BY "created_at", "id"
        LIMIT $5`,
      [bounds!.since, SKIPPED_NAMES, cursor[0], cursor[1], options.batchSize],
    );
    if (!rows.length) break;
    const deliveries = await enqueueOutboxRows(rows.map(toOutboxRow), {
      ...options,
      reportUndeliverable: false,
    });
    for (const delivery of deliveries) byQueue.set(delivery.queue, (byQueue.get(delivery.queue) ?? 0) + 1);
    const last = rows[rows.length - 1]!;
    cursor = [last.cursor_at, last.id];
    if (rows.length < options.batchSize) break;
  }
  return byQueue;
}
