import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type ProductsDb = PrismaClient;
export type ProductsTx = Prisma.TransactionClient;

export const database = prismaDatabase<ProductsDb, ProductsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'products',
});

export const { sqlReader } = database;
