import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntimePool, DEFAULT_POSTGRES_URL } from '../src';

const serverUrl = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
const applicationName = `connection-loss-pool-${process.pid}-${Date.now()}`;

function urlWithApplicationName(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', applicationName);
  return parsed.toString();
}

async function endSessionsOfThisTest(): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  for (const { pid } of rows) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  return rows.length;
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(() => admin.query('SELECT 1'));
afterAll(() => admin.end());

describe('the runtime pool', () => {
  it('survives its idle connections dying before any Prisma client listens to it', async () => {
    const pool = createRuntimePool(urlWithApplicationName(serverUrl), { max: 3 });
    try {
      // Hand-written reads use the pool directly: three connections, then idle.
      await Promise.all([1, 2, 3].map(() => pool.query('SELECT pg_sleep(0.05)')));
      await until(() => pool.idleCount === 3, 'three idle connections');

      expect(await endSessionsOfThisTest()).toBe(3);
      // Without a listener the pool's re-emitted error would be an uncaught exception that fails this run.
      await until(() => pool.totalCount === 0, 'the pool to drop its dead connections');

      const { rows } = await pool.query<{ answer: number }>('SELECT 42 AS answer');
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await pool.end();
    }
  });
});
