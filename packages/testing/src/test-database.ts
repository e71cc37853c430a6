import { randomBytes } from 'node:crypto';
import {
  adminConnection,
  createDatabaseFromMigrations,
  dropDatabase,
  withDatabase,
  DEFAULT_POSTGRES_URL,
} from '@msa/prisma-toolkit';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database on the real local Postgres with the subgraph's migrations applied. Each test file
 * gets its own, so files run in parallel without seeing each other's rows. It is copied from a database
 * migrated once per set of migrations (the migrations still run, once, on every change).
 */
export async function createTestDatabase(subgraph: string, migrationsDir: string): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
  const name = `msa_test_${subgraph.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  await createDatabaseFromMigrations(server, name, subgraph, migrationsDir);
  // A throwaway database need not survive a server crash: commits return before the WAL reaches the disk
  // (visibility and ordering are unchanged), which takes each commit from ~10 ms to ~3 ms on a busy disk.
  await adminConnection(server, (client) =>
    client.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`),
  );
  const url = withDatabase(server, name);
  return { url, drop: () => dropDatabase(url) };
}
