import pg from 'pg';
import { DEFAULT_POSTGRES_URL } from '@msa/prisma-toolkit';

/** Committed + rolled-back transactions of the given databases, from pg_stat_database. */
export async function transactionCount(databases: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL });
  await client.connect();
  try {
    // Statistics are sent to the collector asynchronously; ask for a fresh snapshot.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ total: string }>(
      'SELECT COALESCE(SUM(xact_commit + xact_rollback), 0)::text AS total FROM pg_stat_database WHERE datname = ANY($1)',
      [databases],
    );
    return Number(rows[0]!.total);
  } finally {
    await client.end();
  }
}
