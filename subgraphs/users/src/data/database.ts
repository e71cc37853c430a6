import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { isUniqueViolation, isUuid } from '@msa/subgraph-kit';

export type UsersDb = PrismaClient;
export type UsersTx = Prisma.TransactionClient;

export const database = prismaDatabase<UsersDb, UsersTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'users',
});
