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

async function untilAsync(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
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

  it('keeps listening to a connection handed straight to a waiting caller when its session ends in the same read', async () => {
    const pool = createRuntimePool(urlWithApplicationName(serverUrl), { max: 1 });
    let only: pg.PoolClient | undefined;
    pool.on('connect', (client) => {
      only = client;
    });
    try {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const socket = (only as unknown as { connection: { stream: NodeJS.ReadableStream } }).connection.stream;

      // The answer to this read and the end of its session arrive in one socket read: Postgres answers, then
      // the session is ended, and only then does the client read again.
      socket.pause();
      const answered = pool.query('SELECT 1 AS answer');
      const waiting = pool.connect();
      await until(() => pool.waitingCount === 1, 'a caller waiting for the only connection');
      const idle = async () =>
        (
          await admin.query<{ state: string }>('SELECT state FROM pg_stat_activity WHERE pid = $1', [
            rows[0]!.pid,
          ])
        ).rows[0]?.state === 'idle';
      await untilAsync(idle, 'Postgres to answer the read');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await untilAsync(
        async () =>
          (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [rows[0]!.pid])).rowCount === 0,
        'the session to end',
      );
      socket.resume();

      // The release of the read hands the connection to the waiting caller before the rest of the read reports
      // the ended session; without a listener at that moment the process would crash here.
      expect((await answered).rows).toEqual([{ answer: 1 }]);
      const handedOver = await waiting;
      await expect(handedOver.query('SELECT 1')).rejects.toThrow();
      handedOver.release();
      await until(() => pool.totalCount === 0, 'the pool to drop the dead connection');
      expect((await pool.query<{ answer: number }>('SELECT 42 AS answer')).rows).toEqual([{ answer: 42 }]);
    } finally {
      await pool.end();
    }
  });
});
