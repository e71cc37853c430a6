import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { Prisma, PrismaClient } from '../__generated__/prisma/client';

export type SearchDb = PrismaClient;
export type SearchTx = Prisma.TransactionClient;
export { Prisma };

export function createSearchDb(databaseUrl: string, poolSize = 10): SearchDb {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl, { max: poolSize }) });
}

/** Event handlers wait behind each other on hot rows (popular products, shared words) for milliseconds only. */
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export function inTransaction<T>(db: SearchDb, work: (tx: SearchTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export async function pingDatabase(db: SearchDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Postgres returns counts as bigint; every count here fits a JavaScript number. */
export function toNumber(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
