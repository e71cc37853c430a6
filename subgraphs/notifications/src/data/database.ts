import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUniqueViolation, isUuid } from '@msa/subgraph-kit';

export type NotificationsDb = PrismaClient;
export type NotificationsTx = Prisma.TransactionClient;

export const database = prismaDatabase<NotificationsDb, NotificationsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'notifications',
});

export const { inTransactionOnce } = database;
