import pg from 'pg';
import { Redis } from 'ioredis';
import { TEST_REDIS_URL, type TestDatabase } from '@msa/testing';
import { forEachKeyWithPrefix } from '../../support/redis-keys';
import type { JobRecord, OutboxRecord } from './hop-breakdown';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Outbox rows every subgraph wrote from `sinceMs` on (both columns are UTC timestamps without a zone). */
export async function outboxRecords(
  databases: Record<string, TestDatabase>,
  sinceMs: number,
): Promise<OutboxRecord[]> {
  const perService = await Promise.all(
    Object.entries(databases).map(([service, db]) =>
      withClient(db.url, async (client) => {
        const { rows } = await client.query<{
          id: string;
          kind: string;
          name: string;
          created_ms: string;
          published_ms: string | null;
        }>(
          `SELECT id::text, kind, name,
                  (EXTRACT(EPOCH FROM created_at) * 1000)::text AS created_ms,
                  (EXTRACT(EPOCH FROM published_at) * 1000)::text AS published_ms
             FROM outbox WHERE created_at >= to_timestamp($1 / 1000.0) AT TIME ZONE 'UTC'`,
          [sinceMs],
        );
        return rows.map(
          (row): OutboxRecord => ({
            id: row.id,
            service,
            kind: row.kind,
            name: row.name,
            createdMs: Number(row.created_ms),
            publishedMs: row.published_ms === null ? null : Number(row.published_ms),
          }),
        );
      }),
    ),
  );
  return perService.flat();
}

/** Outbox rows not yet published, across every subgraph database. */
export async function unpublishedCount(databases: Record<string, TestDatabase>): Promise<number> {
  const counts = await Promise.all(
    Object.values(databases).map((db) =>
      withClient(db.url, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
        );
        return rows[0]!.n;
      }),
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Completed jobs under the run's queue prefix (`<prefix>:<queue>:<job id>` hashes with a finishedOn). */
export async function completedJobs(prefix: string): Promise<JobRecord[]> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  const jobs: JobRecord[] = [];
  try {
    await forEachKeyWithPrefix(redis, prefix, async (keys) => {
      const jobKeys = keys
        .map((key) => ({ key, parts: key.slice(prefix.length + 1).split(':') }))
        .filter(({ parts }) => parts.length === 2 && UUID.test(parts[1]!));
      const pipeline = redis.pipeline();
      for (const { key } of jobKeys) pipeline.hmget(key, 'timestamp', 'processedOn', 'finishedOn');
      const replies = (await pipeline.exec()) ?? [];
      jobKeys.forEach(({ parts }, n) => {
        const [error, fields] = replies[n]!;
        const [timestamp, processedOn, finishedOn] = (fields as (string | null)[] | null) ?? [];
        if (error || !timestamp || !processedOn || !finishedOn) return;
        jobs.push({
          id: parts[1]!,
          queue: parts[0]!,
          timestampMs: Number(timestamp),
          processedOnMs: Number(processedOn),
          finishedOnMs: Number(finishedOn),
        });
      });
    });
  } finally {
    redis.disconnect();
  }
  return jobs;
}

/** Jobs waiting for or held by a worker, across every queue under the run's prefix. */
export async function pendingJobCount(prefix: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  let pending = 0;
  try {
    await forEachKeyWithPrefix(redis, prefix, async (keys) => {
      for (const key of keys) {
        if (key.endsWith(':wait') || key.endsWith(':active') || key.endsWith(':paused'))
          pending += await redis.llen(key);
        else if (key.endsWith(':prioritized')) pending += await redis.zcard(key);
      }
    });
  } finally {
    redis.disconnect();
  }
  return pending;
}
