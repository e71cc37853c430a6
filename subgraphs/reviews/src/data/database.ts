import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type ReviewsDb = PrismaClient;
export type ReviewsTx = Prisma.TransactionClient;
/** Reads work on the client or inside a transaction. */
export type ReviewsReader = ReviewsDb | ReviewsTx;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'reviews';

export function createReviewsDb(databaseUrl: string, poolSize = 10): ReviewsDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/** Writes to one product's rating row queue behind each other; Prisma's 5 s default would fail a burst. */
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

export function inTransaction<T>(db: ReviewsDb, work: (tx: ReviewsTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export async function pingDatabase(db: ReviewsDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/**
 * Serialises everything that decides a customer's verified purchases: writing their review and applying
 * their order events. Without it, a review created while a confirmation commits could read the purchase as
 * unconfirmed while the confirmation's update could not yet see the review, and the flag would stay wrong.
 * Several customers are locked in a fixed order so two transactions cannot wait on each other.
 */
export async function lockCustomers(tx: ReviewsTx, customerIds: Iterable<string>): Promise<void> {
  for (const customerId of [...new Set(customerIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reviews:customer:${customerId}`}, 0))`;
  }
}

/** Postgres rejects a malformed uuid with an error; a caller asking for one simply finds nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
