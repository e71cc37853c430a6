import { prismaDatabase } from '@msa/subgraph-kit';
import { Prisma, PrismaClient } from '../__generated__/prisma/client';

export type SearchDb = PrismaClient;
export type SearchTx = Prisma.TransactionClient;
export { Prisma };
export { isUuid } from '@msa/subgraph-kit';

/** Event handlers wait behind each other on hot rows (popular products, shared words) for milliseconds only. */
export const database = prismaDatabase<SearchDb, SearchTx>({
  client: (args) => new PrismaClient(args),
  inboxConsumer: 'search',
  transactionOptions: { maxWait: 20_000, timeout: 30_000 },
});

export const { inTransaction, inTransactionOnce } = database;

/** Postgres returns counts as bigint; every count here fits a JavaScript number. */
export function toNumber(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
