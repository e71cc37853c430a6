import { fileURLToPath } from 'node:url';
import { forFile } from './for-file';
import { closeInOrder } from './teardown';
import { createTestDatabase } from './test-database';

/** A client of the test's own on the throwaway database: a pg pool or a Prisma client. */
export type TestDatabaseClient = { end(): Promise<void> } | { $disconnect(): Promise<void> };

/** A subgraph's migrations folder, as a path or a file URL. */
export type MigrationsDir = URL | string;

export function closeClient(client: TestDatabaseClient): Promise<void> {
  return '$disconnect' in client ? client.$disconnect() : client.end();
}

export function migrationsPath(migrations: MigrationsDir): string {
  return typeof migrations === 'string' ? migrations : fileURLToPath(migrations);
}

/** A throwaway database with the test's own client on it. */
export interface TestDatabaseWithClient<Client> {
  url: string;
  client: Client;
  /** Closes the client, then drops the database. */
  close(): Promise<void>;
}

/** A throwaway database from the subgraph's migrations, and a client on it opened with `connect`. */
export async function openTestDatabase<Client extends TestDatabaseClient>(
  name: string,
  migrations: MigrationsDir,
  connect: (databaseUrl: string) => Client,
): Promise<TestDatabaseWithClient<Client>> {
  const database = await createTestDatabase(name, migrationsPath(migrations));
  let client: Client | undefined;
  const close = () => closeInOrder(client && (() => closeClient(client!)), () => database.drop());
  try {
    client = connect(database.url);
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { url: database.url, client, close };
}

/** `openTestDatabase` for the tests of one file (or describe block): opened before them, closed after them. */
export function testDatabaseForFile<Client extends TestDatabaseClient>(
  name: string,
  migrations: MigrationsDir,
  connect: (databaseUrl: string) => Client,
): TestDatabaseWithClient<Client> {
  return forFile(() => openTestDatabase(name, migrations, connect));
}
