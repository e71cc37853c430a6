import { processOnce } from '@msa/events';
import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type PromotionsDb = PrismaClient;
export type PromotionsTx = Prisma.TransactionClient;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'promotions';

export function createPromotionsDb(databaseUrl: string, poolSize = 10): PromotionsDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/**
 * A popular coupon at checkout time queues many redemptions on one promotion row; Prisma's defaults (2 s to
 * get a connection, 5 s to finish) would fail them although each holds the row lock only for milliseconds.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: PromotionsDb, work: (tx: PromotionsTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export const DUPLICATE_MESSAGE = Symbol('duplicate message');

/**
 * Runs a message's effects in one transaction with its inbox record, so a redelivered message changes
 * nothing. Without a message id (a direct call) the work simply runs.
 */
export function inTransactionOnce<T>(
  db: PromotionsDb,
  messageId: string | undefined,
  work: (tx: PromotionsTx) => Promise<T>,
): Promise<T | typeof DUPLICATE_MESSAGE> {
  return inTransaction(db, async (tx) => {
    if (messageId !== undefined && !(await processOnce(tx, INBOX_CONSUMER, messageId)))
      return DUPLICATE_MESSAGE;
    return work(tx);
  });
}

export async function pingDatabase(db: PromotionsDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** A unique constraint refused the write (Prisma's P2002), e.g. a coupon code already taken. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
