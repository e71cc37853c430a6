import { randomBytes } from 'node:crypto';
import { DEFAULT_POSTGRES_URL, dropDatabase, ensureDatabase, withDatabase } from '@msa/prisma-toolkit';
import pg from 'pg';
import { outboxNotifyTriggerSql, type RawSqlExecutor } from '../../src';

/** What `prisma migrate diff` generates for the OutboxMessage and InboxMessage models in the README. */
const OUTBOX_INBOX_DDL = `
CREATE TABLE "outbox" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),
    "trace_context" JSONB,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "inbox" (
    "id" UUID NOT NULL,
    "consumer" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_pkey" PRIMARY KEY ("consumer","id")
);

CREATE INDEX "outbox_published_at_created_at_idx" ON "outbox"("published_at", "created_at");
`;

export interface OutboxDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** A throwaway database holding a service's messaging tables, migrated the way a service migrates them. */
export async function createOutboxDatabase(extraSql = ''): Promise<OutboxDatabase> {
  const url = withDatabase(
    process.env.DATABASE_URL || DEFAULT_POSTGRES_URL,
    `msa_test_events_${randomBytes(4).toString('hex')}`,
  );
  await ensureDatabase(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  await pool.query(OUTBOX_INBOX_DDL + outboxNotifyTriggerSql() + extraSql);
  return {
    url,
    pool,
    async drop() {
      await pool.end();
      await dropDatabase(url);
    },
  };
}

/** A pg client seen through the interface Prisma transactions offer to the outbox and inbox helpers. */
export function rawExecutor(client: pg.ClientBase): RawSqlExecutor {
  return {
    async $executeRawUnsafe(query, ...values) {
      const result = await client.query(query, values);
      return result.rowCount ?? 0;
    },
  };
}

/** Runs `fn` in one transaction, like `prisma.$transaction(async (tx) => …)`. */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (tx: RawSqlExecutor, client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(rawExecutor(client), client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
