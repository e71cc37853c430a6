import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type OrdersDb = PrismaClient;
export type OrdersTx = Prisma.TransactionClient;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'orders';

export function createOrdersDb(databaseUrl: string, poolSize = 10): OrdersDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/**
 * Checkout bursts queue transactions behind the same order rows; Prisma's defaults (2 s for a connection, 5 s to
 * finish) would fail them although each holds its locks only for milliseconds.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: OrdersDb, work: (tx: OrdersTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export async function pingDatabase(db: OrdersDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Postgres rejects a malformed uuid with an error; a caller asking for one simply finds nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
