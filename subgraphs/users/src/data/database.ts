import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type { PrismaClient };
export { isUniqueViolation, isUuid } from '@msa/subgraph-kit';

const database = prismaDatabase<PrismaClient, Prisma.TransactionClient>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'users',
});

export const { ping: pingDatabase } = database;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return database.connect(databaseUrl);
}
