import { processOnce } from '@msa/events';
import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type ShippingDb = PrismaClient;
export type ShippingTx = Prisma.TransactionClient;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'shipping';

export function createShippingDb(databaseUrl: string, poolSize = 10): ShippingDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/**
 * Commands for the same order and carrier scans of the same shipment wait on each other's locks; Prisma's
 * defaults (2 s for a connection, 5 s to finish) would fail a burst although each lock is held briefly.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: ShippingDb, work: (tx: ShippingTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export const DUPLICATE_MESSAGE = Symbol('duplicate message');

/** Runs a message's effects in one transaction with its inbox record, so a redelivery changes nothing. */
export function inTransactionOnce<T>(
  db: ShippingDb,
  messageId: string,
  work: (tx: ShippingTx) => Promise<T>,
): Promise<T | typeof DUPLICATE_MESSAGE> {
  return inTransaction(db, async (tx) => {
    if (!(await processOnce(tx, INBOX_CONSUMER, messageId))) return DUPLICATE_MESSAGE;
    return work(tx);
  });
}

export async function pingDatabase(db: ShippingDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Postgres rejects a malformed uuid with an error; a caller asking for one simply finds nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
