import { createHash } from 'node:crypto';
import type pg from 'pg';
import { adminConnection } from './database-admin';
import { applyMigrations, readMigrations } from './migrations';

/** Postgres identifiers the template names are built from: lower-case letters, digits, underscores. */
const SAFE_NAME = /^[a-z0-9_]+$/;

/**
 * The name of the migrated template database of `key` (a subgraph) for the migrations in `migrationsDir`:
 * the migrations' names and checksums are part of it, so a changed or added migration gets a new template.
 */
export function migratedTemplateName(key: string, migrationsDir: string): string {
  const digest = createHash('sha256');
  for (const migration of readMigrations(migrationsDir))
    digest.update(`${migration.name}:${migration.checksum}\n`);
  const name = `msa_tpl_${key.replace(/-/g, '_').toLowerCase()}_${digest.digest('hex').slice(0, 12)}`;
  if (!SAFE_NAME.test(name)) throw new Error(`Unsupported template key "${key}"`);
  return name;
}

/**
 * Makes sure a database holding exactly `migrationsDir`'s migrations exists to copy from, and returns its name.
 * Test harnesses create hundreds of throwaway databases; copying a migrated one (CREATE DATABASE … TEMPLATE)
 * costs a fraction of creating an empty one and replaying every migration. Built once per set of migrations
 * under an advisory lock (parallel test workers wait for the first), under a temporary name renamed when
 * complete, so a copy never starts from a half-migrated template; templates of older migrations of the same
 * key are dropped when nobody is copying them.
 */
export async function ensureMigratedTemplate(
  serverUrl: string,
  key: string,
  migrationsDir: string,
): Promise<string> {
  const template = migratedTemplateName(key, migrationsDir);
  return adminConnection(serverUrl, async (client) => {
    if (await databaseExists(client, template)) return template;
    const lock = `msa-template:${key}`;
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    try {
      if (await databaseExists(client, template)) return template;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      const buildingUrl = new URL(serverUrl);
      buildingUrl.pathname = `/${building}`;
      await applyMigrations(buildingUrl.toString(), migrationsDir);
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      await dropOlderTemplates(client, template);
      return template;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
    }
  });
}

/** Creates database `name` as a copy of `template` (WAL-logged, so no checkpoint is forced). */
export async function createDatabaseFromTemplate(
  serverUrl: string,
  name: string,
  template: string,
): Promise<void> {
  if (!SAFE_NAME.test(name) || !SAFE_NAME.test(template))
    throw new Error(`Unsupported database name "${name}"`);
  await adminConnection(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY WAL_LOG`),
  );
}

const TEMPLATE_MISSING = '3D000';

/**
 * Creates database `name` holding `migrationsDir`'s migrations, copied from the migrated template of `key`
 * (built first when missing). Another checkout of the repository with other migrations drops this checkout's
 * template when it builds its own, and can do so at any moment: a copy that finds no template builds it again
 * and retries.
 */
export async function createDatabaseFromMigrations(
  serverUrl: string,
  name: string,
  key: string,
  migrationsDir: string,
): Promise<void> {
  const template = migratedTemplateName(key, migrationsDir);
  for (let attempt = 1; ; attempt++) {
    try {
      await createDatabaseFromTemplate(serverUrl, name, template);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== TEMPLATE_MISSING || attempt >= 5) throw error;
    }
    await ensureMigratedTemplate(serverUrl, key, migrationsDir);
  }
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (rowCount ?? 0) > 0;
}

const OBJECT_IN_USE = '55006';

async function dropOlderTemplates(client: pg.Client, current: string): Promise<void> {
  const prefix = current.slice(0, current.lastIndexOf('_') + 1);
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2',
    [prefix, current],
  );
  for (const { datname } of rows) {
    if (!/^[0-9a-f]{12}$/.test(datname.slice(prefix.length))) continue;
    try {
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
    } catch (error) {
      // Another checkout of the repository is copying it right now: it goes next time.
      if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
    }
  }
}
