import { randomUUID } from 'node:crypto';
import { createQueue, type EventName, type EventPayloads } from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  forFile,
  openTestDatabase,
  outboxPayloads,
  type TestKeys,
  type TestQueues,
} from '@msa/testing';
import { createInventorySubgraph } from '../../src/app';
import { database as inventoryDatabase, type InventoryDb } from '../../src/data/database';

const MIGRATIONS = new URL('../../prisma/migrations', import.meta.url);

export interface InventoryTestDb {
  url: string;
  db: InventoryDb;
  close(): Promise<void>;
}

/** A throwaway inventory database with the real migrations, and a client for it. */
export async function createInventoryTestDb(): Promise<InventoryTestDb> {
  const {
    url,
    client: db,
    close,
  } = await openTestDatabase('inventory', MIGRATIONS, (databaseUrl) =>
    inventoryDatabase.connect(databaseUrl),
  );
  return { url, db, close };
}

/** A throwaway inventory database for the tests of one file: created before them, dropped after them. */
export function inventoryDatabaseForFile(): InventoryTestDb {
  return forFile(createInventoryTestDb);
}

/** Ids no other test uses. */
export const newVariantId = () => `variant-${randomUUID()}`;
export const newOrderId = () => `order-${randomUUID()}`;

/** A variant's stock ledger, oldest first. */
export function stockMovements(db: InventoryDb, variantId: string) {
  return db.stockMovement.findMany({
    where: { variantId },
    orderBy: [{ createdAt: 'asc' }, { reason: 'asc' }],
  });
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
export function outboxEvents<E extends EventName>(db: InventoryDb, name: E): Promise<EventPayloads[E][]> {
  return outboxPayloads<EventPayloads[E]>(db, { kind: 'event', name });
}

export function eventsFor<P extends { orderId: string }>(events: P[], orderId: string): P[] {
  return events.filter((event) => event.orderId === orderId);
}

export interface InventoryTestApp {
  app: RunningSubgraph;
  /** The keys the subgraph trusts, for tokens of any role. */
  keys: TestKeys;
  /** The subgraph's queues, for a test that plays the other services. */
  queues: TestQueues;
  queuePrefix: string;
  stop(): Promise<void>;
}

/** The whole subgraph in process on a free port, with queues under a prefix of its own. */
export async function startInventoryApp(
  testDb: InventoryTestDb,
  options: { reservationSweepIntervalMs?: number } = {},
): Promise<InventoryTestApp> {
  const booted = await bootSubgraphHarness({
    name: 'inventory',
    databaseUrl: testDb.url,
    openQueue: createQueue,
    start: (common) =>
      createInventorySubgraph({
        ...common,
        logger: createLogger('inventory-test', 'silent'),
        ...(options.reservationSweepIntervalMs
          ? { reservationSweepIntervalMs: options.reservationSweepIntervalMs }
          : {}),
      }),
  });
  const { subgraph: app, keys, queues } = booted;
  return { app, keys, queues, queuePrefix: queues.prefix, stop: booted.close };
}
