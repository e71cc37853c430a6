import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { processOnce } from '@msa/events';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type PaymentsDb = PrismaClient;
export type PaymentsTx = Prisma.TransactionClient;
/** Either the client or a transaction: read helpers work with both. */
export type PaymentsReader = PaymentsDb | PaymentsTx;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'payments';

export function createPaymentsDb(databaseUrl: string, poolSize = 10): PaymentsDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/** Transactions here hold a payment's row lock for milliseconds; a burst of checkouts queues many of them. */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: PaymentsDb, work: (tx: PaymentsTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export const DUPLICATE_MESSAGE = Symbol('duplicate message');

/**
 * The last transaction of a command: its effects commit together with the inbox record, so a redelivered
 * message changes nothing. Without a message id (a GraphQL call) the work simply runs.
 */
export function inTransactionOnce<T>(
  db: PaymentsDb,
  messageId: string | undefined,
  work: (tx: PaymentsTx) => Promise<T>,
): Promise<T | typeof DUPLICATE_MESSAGE> {
  return inTransaction(db, async (tx) => {
    if (messageId !== undefined && !(await processOnce(tx, INBOX_CONSUMER, messageId)))
      return DUPLICATE_MESSAGE;
    return work(tx);
  });
}

/** A cheap look before calling the provider: a message already processed needs no provider call at all. */
export async function wasProcessed(db: PaymentsReader, messageId: string | undefined): Promise<boolean> {
  if (messageId === undefined) return false;
  const row = await db.inboxMessage.findUnique({
    where: { consumer_id: { consumer: INBOX_CONSUMER, id: messageId } },
    select: { id: true },
  });
  return row !== null;
}

export async function pingDatabase(db: PaymentsDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Postgres rejects a malformed uuid with an error; a caller asking for one simply finds nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
