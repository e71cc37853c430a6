import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type NotificationsDb = PrismaClient;
export type NotificationsTx = Prisma.TransactionClient;

/** The name this service records processed message ids under in its inbox. */
export const INBOX_CONSUMER = 'notifications';

export function createNotificationsDb(databaseUrl: string, poolSize = 10): NotificationsDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

export async function pingDatabase(db: NotificationsDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Postgres rejects a malformed uuid with an error; a caller asking for one simply finds nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
