import { prismaDatabase, type ConnectOptions } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type ProductsDb = PrismaClient;
export type ProductsTx = Prisma.TransactionClient;

export const database = prismaDatabase<ProductsDb, ProductsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'products',
});

export const { sqlReader } = database;

/** `onQuery` lets tests prove that a batch costs one query. */
export function createProductsDb(databaseUrl: string, options: ConnectOptions = {}): ProductsDb {
  return database.connect(databaseUrl, options);
}
