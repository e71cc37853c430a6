import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { isUniqueViolation, isUuid } from '@msa/subgraph-kit';

export type ReviewsDb = PrismaClient;
export type ReviewsTx = Prisma.TransactionClient;
/** Reads work on the client or inside a transaction. */
export type ReviewsReader = ReviewsDb | ReviewsTx;

/** Writes to one product's rating row queue behind each other; Prisma's 5 s default would fail a burst. */
export const database = prismaDatabase<ReviewsDb, ReviewsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'reviews',
  transactionOptions: { maxWait: 20_000, timeout: 20_000 },
});

export const { inTransaction, inTransactionOnce } = database;

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
