import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUniqueViolation, isUuid } from '@msa/subgraph-kit';

export type OrdersDb = PrismaClient;
export type OrdersTx = Prisma.TransactionClient;

/** Checkout bursts queue transactions behind the same order rows. */
export const database = prismaDatabase<OrdersDb, OrdersTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'orders',
});

export const { inTransaction, inTransactionOnce } = database;
