import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUuid } from '@msa/subgraph-kit';

export type ShippingDb = PrismaClient;
export type ShippingTx = Prisma.TransactionClient;

/** Commands for the same order and carrier scans of the same shipment wait on each other's locks. */
export const database = prismaDatabase<ShippingDb, ShippingTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'shipping',
});

export const { inTransaction, inTransactionOnce } = database;
