import { PrismaPg } from '@prisma/adapter-pg';
import { ConnectionLossPool } from './connection-loss-pool';

export interface RuntimeAdapterOptions {
  /** Pool size per process; Prisma's own default is small for a server. */
  max?: number;
}

/**
 * The driver adapter a subgraph's PrismaClient runs on at runtime. It owns its pool (ended with the client) so
 * that connections lost inside a transaction free their slot; see ConnectionLossPool.
 */
export function createRuntimeAdapter(
  connectionString: string,
  options: RuntimeAdapterOptions = {},
): PrismaPg {
  const pool = new ConnectionLossPool({ connectionString, max: options.max ?? 10 });
  return new PrismaPg(pool, { disposeExternalPool: true });
}
