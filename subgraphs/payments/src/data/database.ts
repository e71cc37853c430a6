import { prismaDatabase } from '@msa/subgraph-kit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export { DUPLICATE_MESSAGE, isUuid } from '@msa/subgraph-kit';

export type PaymentsDb = PrismaClient;
export type PaymentsTx = Prisma.TransactionClient;
/** Either the client or a transaction: read helpers work with both. */
export type PaymentsReader = PaymentsDb | PaymentsTx;

/** Transactions here hold a payment's row lock for milliseconds; a burst of checkouts queues many of them. */
export const database = prismaDatabase<PaymentsDb, PaymentsTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'payments',
});

export const { inTransaction, inTransactionOnce } = database;

/** A cheap look before calling the provider: a message already processed needs no provider call at all. */
export async function wasProcessed(db: PaymentsReader, messageId: string | undefined): Promise<boolean> {
  if (messageId === undefined) return false;
  const row = await db.inboxMessage.findUnique({
    where: { consumer_id: { consumer: database.inboxConsumer, id: messageId } },
    select: { id: true },
  });
  return row !== null;
}
