import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type { PrismaClient };

/** A Prisma transaction; repositories take it so a service can combine their writes atomically. */
export type CartTransaction = Prisma.TransactionClient;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl) });
}

/** Runs `work` in one database transaction (committed when it resolves, rolled back when it throws). */
export function runInTransaction<T>(
  prisma: PrismaClient,
  work: (tx: CartTransaction) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(work, { timeout: 10_000 });
}
