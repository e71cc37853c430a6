import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@msa/testing';
import {
  BURST_TRANSACTION_OPTIONS,
  DUPLICATE_MESSAGE,
  isUniqueViolation,
  isUuid,
  prismaDatabase,
  uniqueViolationFields,
} from '../src';
import { PrismaClient, type Prisma } from './__generated__/prisma/client';

const MIGRATIONS = fileURLToPath(new URL('./prisma/migrations', import.meta.url));

function bind(inboxConsumer: string, transactionOptions = BURST_TRANSACTION_OPTIONS) {
  return prismaDatabase<PrismaClient, Prisma.TransactionClient>({
    client: (args) => new PrismaClient(args),
    inboxConsumer,
    transactionOptions,
  });
}

describe('the database module a subgraph binds to its generated client', () => {
  const database = bind('kit');
  let testDb: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDatabase('subgraph_kit', MIGRATIONS);
    db = database.connect(testDb.url, { poolSize: 4 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await testDb?.drop();
  });

  const notes = async () => (await db.note.findMany({ orderBy: { code: 'asc' } })).map((note) => note.code);
  const inboxRows = (consumer: string) => db.inboxMessage.count({ where: { consumer } });

  it('pings a database that answers and rejects one that does not exist', async () => {
    await expect(database.ping(db)).resolves.toBeUndefined();
    const missing = database.connect(testDb.url.replace(/\/([^/?]+)(\?|$)/, '/$1_missing$2'));
    try {
      await expect(database.ping(missing)).rejects.toThrow();
    } finally {
      await missing.$disconnect();
    }
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await expect(
      database.inTransaction(db, async (tx) => (await tx.note.create({ data: { code: 'tx-kept' } })).code),
    ).resolves.toBe('tx-kept');
    await expect(
      database.inTransaction(db, async (tx) => {
        await tx.note.create({ data: { code: 'tx-undone' } });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await notes()).toContain('tx-kept');
    expect(await notes()).not.toContain('tx-undone');
  });

  it("applies the binding's transaction limits", async () => {
    const strict = bind('kit', { timeout: 100 });
    const outcome = strict.inTransaction(db, async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(1)`;
      await tx.note.create({ data: { code: 'too-slow' } });
    });
    await expect(outcome).rejects.toThrow(/timeout|expired|closed/i);
    expect(await notes()).not.toContain('too-slow');
  });

  it('runs a message once: a redelivery changes nothing and says so', async () => {
    const messageId = randomUUID();
    const ran: string[] = [];
    const deliver = () =>
      database.inTransactionOnce(db, messageId, async (tx) => {
        ran.push(messageId);
        return (await tx.note.create({ data: { code: `once-${ran.length}` } })).code;
      });
    await expect(deliver()).resolves.toBe('once-1');
    await expect(deliver()).resolves.toBe(DUPLICATE_MESSAGE);
    expect(ran).toHaveLength(1);
    expect(await notes()).not.toContain('once-2');
  });

  it('lets only one of two concurrent deliveries of a message run', async () => {
    const messageId = randomUUID();
    let runs = 0;
    const deliver = () =>
      database.inTransactionOnce(db, messageId, async (tx) => {
        runs++;
        await tx.note.create({ data: { code: `race-${messageId}-${runs}` } });
      });
    const outcomes = await Promise.all([deliver(), deliver()]);
    expect(outcomes.filter((outcome) => outcome === DUPLICATE_MESSAGE)).toHaveLength(1);
    expect((await notes()).filter((code) => code.startsWith(`race-${messageId}`))).toHaveLength(1);
  });

  it('forgets a message whose work failed, so the retry runs it in full', async () => {
    const messageId = randomUUID();
    await expect(
      database.inTransactionOnce(db, messageId, async (tx) => {
        await tx.note.create({ data: { code: 'retried' } });
        throw new Error('lost connection');
      }),
    ).rejects.toThrow('lost connection');
    expect(await notes()).not.toContain('retried');
    await expect(
      database.inTransactionOnce(
        db,
        messageId,
        async (tx) => (await tx.note.create({ data: { code: 'retried' } })).code,
      ),
    ).resolves.toBe('retried');
  });

  it('runs a direct call without a message id every time, recording nothing', async () => {
    const direct = bind('kit-direct');
    for (const code of ['direct-1', 'direct-2'])
      await direct.inTransactionOnce(db, undefined, (tx) => tx.note.create({ data: { code } }));
    expect(await notes()).toEqual(expect.arrayContaining(['direct-1', 'direct-2']));
    expect(await inboxRows('kit-direct')).toBe(0);
  });

  it("keeps each consumer's inbox apart", async () => {
    const messageId = randomUUID();
    const other = bind('kit-other');
    expect(await database.inTransactionOnce(db, messageId, async () => 'first')).toBe('first');
    expect(await other.inTransactionOnce(db, messageId, async () => 'other')).toBe('other');
    expect(await other.inTransactionOnce(db, messageId, async () => 'again')).toBe(DUPLICATE_MESSAGE);
  });

  it("recognises Prisma's unique violation and names the columns", async () => {
    await db.note.create({ data: { code: 'taken' } });
    const error = await db.note.create({ data: { code: 'taken' } }).catch((thrown: unknown) => thrown);
    expect(isUniqueViolation(error)).toBe(true);
    expect(uniqueViolationFields(error)).toEqual(['code']);

    const notFound = await db.note
      .update({ where: { code: 'nobody' }, data: { code: 'x' } })
      .catch((thrown: unknown) => thrown);
    expect(isUniqueViolation(notFound)).toBe(false);
    expect(uniqueViolationFields(notFound)).toBeNull();
    expect(isUniqueViolation(new Error('P2002'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it('reports the SQL of every statement to onQuery', async () => {
    const sql: string[] = [];
    const watched = database.connect(testDb.url, { onQuery: (query) => sql.push(query) });
    try {
      await database.ping(watched);
      await watched.note.count();
      expect(sql).toEqual([
        expect.stringMatching(/^SELECT 1/),
        expect.stringMatching(/FROM "public"\."notes"/),
      ]);
    } finally {
      await watched.$disconnect();
    }
  });
});

describe('isUuid', () => {
  it('accepts uuids in either case and refuses anything Postgres would reject', () => {
    expect(isUuid(randomUUID())).toBe(true);
    expect(isUuid('3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe(true);
    for (const value of [
      '',
      'abc',
      '3f2504e0-4f89-11d3-9a0c-0305e82c330',
      '3f2504e04f8911d39a0c0305e82c3301',
      ' 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '3f2504e0-4f89-11d3-9a0c-0305e82c330g',
    ])
      expect(isUuid(value), value).toBe(false);
  });
});
