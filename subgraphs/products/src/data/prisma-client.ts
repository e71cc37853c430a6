import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient, type Prisma } from '../__generated__/prisma/client';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export interface PrismaClientOptions {
  /** Called with the SQL of every statement sent; lets tests prove that a batch costs one query. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): Db {
  const adapter = createRuntimeAdapter(databaseUrl);
  const { onQuery } = options;
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client as unknown as Db;
}
