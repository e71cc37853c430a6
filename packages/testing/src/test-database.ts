import { randomBytes } from 'node:crypto';
import {
  applyMigrations,
  dropDatabase,
  ensureDatabase,
  withDatabase,
  DEFAULT_POSTGRES_URL,
} from '@msa/prisma-toolkit';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database on the real local Postgres with the subgraph's migrations applied. Each test file
 * gets its own, so files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(subgraph: string, migrationsDir: string): Promise<TestDatabase> {
  const name = `msa_test_${subgraph.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(process.env.DATABASE_URL || DEFAULT_POSTGRES_URL, name);
  await ensureDatabase(url);
  await applyMigrations(url, migrationsDir);
  return { url, drop: () => dropDatabase(url) };
}
