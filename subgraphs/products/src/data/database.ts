import { prismaDatabase, type ConnectOptions } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

const database = prismaDatabase<Db, Tx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'products',
});

export const { ping: pingDatabase } = database;

/** `onQuery` lets tests prove that a batch costs one query. */
export function createPrismaClient(databaseUrl: string, options: Pick<ConnectOptions, 'onQuery'> = {}): Db {
  return database.connect(databaseUrl, options);
}
