import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUniqueViolation, isUuid } from '@msa/subgraph-kit';

export type PromotionsDb = PrismaClient;
export type PromotionsTx = Prisma.TransactionClient;

/** A popular coupon at checkout time queues many redemptions on one promotion row. */
export const database = prismaDatabase<PromotionsDb, PromotionsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'promotions',
});

export const { inTransaction, inTransactionOnce } = database;
