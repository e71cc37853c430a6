import { fileURLToPath } from 'node:url';
import type { EventName, EventPayloads } from '@msa/events';
import type { AccessTokenVerifier } from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  createTestDatabase,
  createTestKeys,
  createTestRedis,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@msa/testing';
import { createInventorySubgraph } from '../../src/app';
import { createInventoryDb, type InventoryDb } from '../../src/data/database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export interface InventoryTestDb {
  url: string;
  db: InventoryDb;
  close(): Promise<void>;
}

/** A throwaway inventory database with the real migrations, and a client for it. */
export async function createInventoryTestDb(): Promise<InventoryTestDb> {
  const database: TestDatabase = await createTestDatabase('inventory', MIGRATIONS_DIR);
  const db = createInventoryDb(database.url);
  return {
    url: database.url,
    db,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export async function seedStock(
  db: InventoryDb,
  variantId: string,
  onHand: number,
  lowStockThreshold = 0,
): Promise<void> {
  await db.stockLevel.create({ data: { variantId, onHand, lowStockThreshold } });
}

export async function stockOf(db: InventoryDb, variantId: string) {
  const row = await db.stockLevel.findUniqueOrThrow({ where: { variantId } });
  return { onHand: row.onHand, reserved: row.reserved, available: row.onHand - row.reserved };
}

/** Payloads of the events this service wrote to its outbox, oldest first. */
export async function outboxEvents<E extends EventName>(
  db: InventoryDb,
  name: E,
): Promise<EventPayloads[E][]> {
  const rows = await db.outboxMessage.findMany({
    where: { kind: 'event', name },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.payload as unknown as EventPayloads[E]);
}

export function eventsFor<P extends { orderId: string }>(events: P[], orderId: string): P[] {
  return events.filter((event) => event.orderId === orderId);
}

/** Polls until `check` returns a value (not undefined/false), for effects of background workers. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface InventoryTestApp {
  app: RunningSubgraph;
  queuePrefix: string;
  stop(): Promise<void>;
}

/** The whole subgraph in process on a free port, with queues under a prefix of its own. */
export async function startInventoryApp(
  testDb: InventoryTestDb,
  options: { verifier?: AccessTokenVerifier; reservationSweepIntervalMs?: number } = {},
): Promise<InventoryTestApp> {
  const redis = createTestRedis();
  const queuePrefix = redis.prefix.slice(0, -1);
  const app = await createInventorySubgraph({
    databaseUrl: testDb.url,
    redisUrl: TEST_REDIS_URL,
    port: 0,
    verifier: options.verifier ?? (await createTestKeys()).verifier,
    queuePrefix,
    logger: createLogger('inventory-test', 'silent'),
    ...(options.reservationSweepIntervalMs
      ? { reservationSweepIntervalMs: options.reservationSweepIntervalMs }
      : {}),
  });
  return {
    app,
    queuePrefix,
    async stop() {
      await app.stop();
      await redis.close();
    },
  };
}
