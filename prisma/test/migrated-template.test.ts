import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  adminConnection,
  createDatabaseFromMigrations,
  createDatabaseFromTemplate,
  dropDatabase,
  ensureMigratedTemplate,
  migratedTemplateName,
  withDatabase,
  DEFAULT_POSTGRES_URL,
} from '../src';

const server = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
const key = `tpltest_${randomBytes(3).toString('hex')}`;
const migrations = mkdtempSync(join(tmpdir(), 'msa-template-migrations-'));
const created: string[] = [];

function addMigration(name: string, sql: string): void {
  mkdirSync(join(migrations, name));
  writeFileSync(join(migrations, name, 'migration.sql'), sql);
}

async function databasesOf(prefix: string): Promise<string[]> {
  return adminConnection(server, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname',
      [prefix],
    );
    return rows.map((row) => row.datname);
  });
}

async function copyOf(template: string): Promise<pg.Client> {
  const name = `msa_test_${key}_${randomBytes(3).toString('hex')}`;
  await createDatabaseFromTemplate(server, name, template);
  created.push(name);
  const client = new pg.Client({ connectionString: withDatabase(server, name) });
  await client.connect();
  return client;
}

describe('migrated template databases for throwaway test databases', () => {
  afterAll(async () => {
    const leftovers = [...created, ...(await databasesOf(`msa_tpl_${key}_`))];
    await Promise.all(leftovers.map((name) => dropDatabase(withDatabase(server, name))));
    rmSync(migrations, { recursive: true, force: true });
  });

  it('builds one template for parallel callers, and each copy holds the migrated schema', async () => {
    addMigration('20260101000000_init', 'CREATE TABLE widget (id int PRIMARY KEY, name text NOT NULL);');
    const names = await Promise.all([1, 2, 3].map(() => ensureMigratedTemplate(server, key, migrations)));
    expect(new Set(names)).toEqual(new Set([migratedTemplateName(key, migrations)]));
    expect(await databasesOf(`msa_tpl_${key}_`)).toEqual([names[0]]);

    const client = await copyOf(names[0]!);
    try {
      await client.query(`INSERT INTO widget VALUES (1, 'first')`);
      const applied = await client.query('SELECT migration_name FROM "_prisma_migrations"');
      expect(applied.rows).toEqual([{ migration_name: '20260101000000_init' }]);
    } finally {
      await client.end();
    }
    // A copy's rows never reach the template, so the next copy starts empty.
    const next = await copyOf(names[0]!);
    try {
      expect((await next.query('SELECT count(*)::int AS n FROM widget')).rows[0]).toEqual({ n: 0 });
    } finally {
      await next.end();
    }
  });

  it('builds a new template when a migration is added, and drops the outdated one', async () => {
    const before = migratedTemplateName(key, migrations);
    addMigration('20260102000000_colour', 'ALTER TABLE widget ADD COLUMN colour text;');
    const after = await ensureMigratedTemplate(server, key, migrations);
    expect(after).not.toBe(before);
    expect(await databasesOf(`msa_tpl_${key}_`)).toEqual([after]);

    const client = await copyOf(after);
    try {
      await client.query(`INSERT INTO widget (id, name, colour) VALUES (1, 'second', 'red')`);
    } finally {
      await client.end();
    }
  });

  it('copies after another checkout dropped the template it had just found', async () => {
    const template = await ensureMigratedTemplate(server, key, migrations);
    // What a checkout with other migrations does when it builds its own template.
    await dropDatabase(withDatabase(server, template));
    const name = `msa_test_${key}_${randomBytes(3).toString('hex')}`;
    await createDatabaseFromMigrations(server, name, key, migrations);
    created.push(name);
    const client = new pg.Client({ connectionString: withDatabase(server, name) });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM widget')).rows[0]).toEqual({ n: 0 });
    } finally {
      await client.end();
    }
  });
});
