import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminConnection } from '@msa/prisma-toolkit';
import { createTestDatabase, type TestDatabase } from '@msa/testing';
import { BURST_TRANSACTION_OPTIONS, prismaDatabase } from '../src';
import { PrismaClient, type Prisma } from './__generated__/prisma/client';

const MIGRATIONS = fileURLToPath(new URL('./prisma/migrations', import.meta.url));
const POOL_SIZE = 4;
/** How long the client may take to answer again once its sessions are gone: generous, it is a bound, not a figure. */
const RECOVERY_BOUND_MS = 15_000;

const database = prismaDatabase<PrismaClient, Prisma.TransactionClient>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'kit',
  transactionOptions: BURST_TRANSACTION_OPTIONS,
});

/** A promise to open later, so concurrent transactions can be held at a chosen point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Resolves with `work`'s value, or rejects if it has not settled by `deadline` (epoch ms). */
function beforeDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer before the deadline`)),
      deadline - Date.now(),
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Retries `attempt` until it resolves; each try and the whole wait end at `deadline`. */
async function firstSuccess<T>(attempt: () => Promise<T>, deadline: number, what: string): Promise<T> {
  for (;;) {
    try {
      return await beforeDeadline(attempt(), deadline, what);
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function databaseNameOf(url: string): string {
  return new URL(url).pathname.slice(1);
}

/** What a Postgres restart does to a client: every session of its database ends (new ones may start at once). */
async function terminateSessions(url: string): Promise<void> {
  await adminConnection(url, async (admin) => {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [databaseNameOf(url)],
    );
    const ended = rows.map((row) => row.pid);
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [ended]);
    expect(ended.length).toBeGreaterThan(0);
    await firstSuccess(
      async () => {
        const alive = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1::int[])', [ended]);
        if (alive.rowCount) throw new Error('terminated sessions still open');
      },
      Date.now() + RECOVERY_BOUND_MS,
      'ending the sessions',
    );
  });
}

describe('a client whose database sessions are ended mid-transaction', () => {
  let testDb: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDatabase('subgraph_kit', MIGRATIONS);
    db = database.connect(testDb.url, { poolSize: POOL_SIZE });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await testDb?.drop();
  });

  /**
   * Fills the pool with transactions held after their first statement, queues more transactions and reads
   * behind them, ends every session, then lets the held ones go on: half try another statement (so they roll
   * back), half return (so they commit). All of them fail; none may keep its pool slot.
   */
  async function loseConnectionsMidTransaction(round: string): Promise<void> {
    const held = gate();
    let inside = 0;
    const everyoneInside = gate();
    const transactions = Array.from({ length: POOL_SIZE * 2 }, (_, index) =>
      database.inTransaction(db, async (tx) => {
        await tx.note.create({ data: { code: `${round}-${index}` } });
        if (++inside === POOL_SIZE) everyoneInside.open();
        await held.opened;
        if (index % 2 === 0) await tx.note.count();
      }),
    );
    const reads = Array.from({ length: POOL_SIZE }, () => db.note.count());
    const outcomes = Promise.allSettled([...transactions, ...reads]);

    await everyoneInside.opened;
    await terminateSessions(testDb.url);
    held.open();
    await beforeDeadline(outcomes, Date.now() + RECOVERY_BOUND_MS, 'the calls in flight');
  }

  it('answers again, with every pool slot usable, after its sessions end twice', async () => {
    for (const round of ['first', 'second']) {
      await loseConnectionsMidTransaction(round);
      const deadline = Date.now() + RECOVERY_BOUND_MS;

      await firstSuccess(() => database.ping(db), deadline, `ping after the ${round} loss`);

      // As many transactions as the pool has connections, all open at once: a single leaked slot starves one.
      const allInside = gate();
      let inside = 0;
      const fullPool = Array.from({ length: POOL_SIZE }, (_, index) =>
        database.inTransaction(db, async (tx) => {
          await tx.note.create({ data: { code: `${round}-after-${index}` } });
          if (++inside === POOL_SIZE) allInside.open();
          await allInside.opened;
        }),
      );
      await beforeDeadline(Promise.all(fullPool), deadline, `a full pool after the ${round} loss`);
      const written = await db.note.count({ where: { code: { startsWith: `${round}-after-` } } });
      expect(written).toBe(POOL_SIZE);
    }
  });
});
