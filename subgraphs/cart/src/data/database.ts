import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type { PrismaClient };

/** A Prisma transaction; repositories take it so a service can combine their writes atomically. */
export type CartTransaction = Prisma.TransactionClient;

const database = prismaDatabase<PrismaClient, CartTransaction>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'cart',
  transactionOptions: { timeout: 10_000 },
});

export const { inTransaction: runInTransaction, inTransactionOnce, ping: pingDatabase } = database;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return database.connect(databaseUrl);
}
