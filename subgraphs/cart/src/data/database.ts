import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type CartDb = PrismaClient;
/** A Prisma transaction; repositories take it so a service can combine their writes atomically. */
export type CartTx = Prisma.TransactionClient;

export const database = prismaDatabase<CartDb, CartTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'cart',
  transactionOptions: { timeout: 10_000 },
});

export const { inTransaction, inTransactionOnce } = database;
