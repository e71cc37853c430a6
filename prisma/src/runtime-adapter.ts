import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { ConnectionLossPool } from './connection-loss-pool';

export interface RuntimeAdapterOptions {
  /** Pool size per process; Prisma's own default is small for a server. */
  max?: number;
}

/**
 * The connection pool a subgraph's PrismaClient and its hand-written reads share. Connections lost inside a
 * transaction free their slot; see ConnectionLossPool.
 */
export function createRuntimePool(connectionString: string, options: RuntimeAdapterOptions = {}): pg.Pool {
  return new ConnectionLossPool({ connectionString, max: options.max ?? 10 });
}

/** The driver adapter a subgraph's PrismaClient runs on at runtime; the client's disconnect ends the pool. */
export function createRuntimeAdapter(pool: pg.Pool): PrismaPg {
  return new PrismaPg(pool, { disposeExternalPool: true });
}
