import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { SUBGRAPHS } from '@msa/topology';
import {
  applyMigrations,
  dropDatabase,
  ensureDatabase,
  readMigrations,
  withDatabase,
  DEFAULT_POSTGRES_URL,
} from '../src';
import { hasPrismaSchema, migrationsDirOf } from '../src/repo-paths';
import { runPrisma } from '../src/cli/subgraph-databases';

const subgraphs = SUBGRAPHS.filter((s) => s.database && hasPrismaSchema(s.name)).map((s) => s.name);
const created: string[] = [];

async function throwawayDatabase(name: string): Promise<string> {
  const url = withDatabase(
    process.env.DATABASE_URL || DEFAULT_POSTGRES_URL,
    `msa_test_migrate_${name}_${randomBytes(3).toString('hex')}`,
  );
  await ensureDatabase(url);
  created.push(url);
  return url;
}

/**
 * The real migration path, `prisma migrate deploy` on Prisma's WASM engine through our adapter (both
 * workarounds), must apply every subgraph's migrations — the tests' fast applier must never hide SQL that
 * Prisma itself cannot run.
 */
describe('prisma migrate deploy through the offline migration adapter', () => {
  afterAll(async () => {
    await Promise.all(created.map((url) => dropDatabase(url)));
  });

  it.concurrent.each(subgraphs)(
    'applies every %s migration and agrees with the test applier',
    { timeout: 90_000 },
    async (name) => {
      const url = await throwawayDatabase(name);
      const output = await runPrisma(name, ['migrate', 'deploy'], url);
      expect(output).toMatch(/applied|No pending migrations/);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ migration_name: string }>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
        );
        expect(rows.map((row) => row.migration_name)).toEqual(
          readMigrations(migrationsDirOf(name)).map((m) => m.name),
        );
      } finally {
        await client.end();
      }
      // Nothing is left for the fast applier to do on a database Prisma migrated.
      expect(await applyMigrations(url, migrationsDirOf(name))).toEqual([]);
    },
  );
});
