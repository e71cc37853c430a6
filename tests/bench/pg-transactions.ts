import pg from 'pg';
import { DEFAULT_POSTGRES_URL } from '@msa/prisma-toolkit';

/** Committed + rolled-back transactions of each given database, from pg_stat_database. */
export async function transactionCounts(databases: string[]): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL });
  await client.connect();
  try {
    // Statistics are sent to the collector asynchronously; ask for a fresh snapshot.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ datname: string; total: string }>(
      'SELECT datname, (xact_commit + xact_rollback)::text AS total FROM pg_stat_database WHERE datname = ANY($1)',
      [databases],
    );
    return new Map(rows.map((row) => [row.datname, Number(row.total)]));
  } finally {
    await client.end();
  }
}

/** Committed + rolled-back transactions of the given databases together. */
export async function transactionCount(databases: string[]): Promise<number> {
  let total = 0;
  for (const count of (await transactionCounts(databases)).values()) total += count;
  return total;
}
