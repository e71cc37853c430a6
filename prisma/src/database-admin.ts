import pg from 'pg';

function databaseNameOf(url: string): string {
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-zA-Z0-9_]+$/.test(database)) throw new Error(`Unsupported database name "${database}"`);
  return database;
}

/** Runs `fn` with a connection to the server's maintenance database (`postgres`) of `url`. */
export async function adminConnection<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function withAdminClient<T>(
  url: string,
  fn: (client: pg.Client, database: string) => Promise<T>,
): Promise<T> {
  const database = databaseNameOf(url);
  return adminConnection(url, (client) => fn(client, database));
}

/** Creates the database named in `url` when it does not exist; returns true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  return withAdminClient(url, async (client, database) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      // Two processes racing to create the same database: the loser's duplicate_database is fine.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
    return true;
  });
}

const OBJECT_IN_USE = '55006';

/**
 * Drops the database named in `url`. Connections that are still closing get a moment to finish (so their
 * owners see a clean close, not a terminated session); only then are stragglers cut off with FORCE.
 */
export async function dropDatabase(url: string, graceMs = 2_000): Promise<void> {
  await withAdminClient(url, async (client, database) => {
    const deadline = Date.now() + graceMs;
    for (;;) {
      try {
        await client.query(`DROP DATABASE IF EXISTS "${database}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
        if (Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });
}
