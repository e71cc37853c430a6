import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUuid } from '@msa/subgraph-kit';

export type InventoryDb = PrismaClient;
export type InventoryTx = Prisma.TransactionClient;

/** Checkout bursts queue many transactions on the same hot stock rows. */
export const database = prismaDatabase<InventoryDb, InventoryTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'inventory',
});

export const { inTransaction, inTransactionOnce } = database;
