import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { processOnce } from '@msa/events';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type InventoryDb = PrismaClient;
export type InventoryTx = Prisma.TransactionClient;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'inventory';

export function createInventoryDb(databaseUrl: string, poolSize = 10): InventoryDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/**
 * Checkout bursts queue many transactions on the same hot stock rows; Prisma's defaults (2 s to get a
 * connection, 5 s to finish) would fail them although each holds its row lock only for milliseconds.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: InventoryDb, work: (tx: InventoryTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export const DUPLICATE_MESSAGE = Symbol('duplicate message');

/**
 * Runs a message's effects in one transaction with its inbox record, so a redelivered message changes
 * nothing. Without a message id (a direct call) the work simply runs.
 */
export function inTransactionOnce<T>(
  db: InventoryDb,
  messageId: string | undefined,
  work: (tx: InventoryTx) => Promise<T>,
): Promise<T | typeof DUPLICATE_MESSAGE> {
  return inTransaction(db, async (tx) => {
    if (messageId !== undefined && !(await processOnce(tx, INBOX_CONSUMER, messageId)))
      return DUPLICATE_MESSAGE;
    return work(tx);
  });
}

export async function pingDatabase(db: InventoryDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
