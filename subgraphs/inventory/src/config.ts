import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

export const inventoryEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INVENTORY_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  QUEUE_PREFIX: z.string().min(1).optional(),
  RESERVATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  INVENTORY_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
});

export interface InventoryConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof inventoryEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  queuePrefix: string | undefined;
  reservationSweepIntervalMs: number;
  workerConcurrency: number;
}

/** Reads and validates the environment once at boot. */
export function loadInventoryConfig(env: NodeJS.ProcessEnv = process.env): InventoryConfig {
  const parsed = loadConfig(inventoryEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('inventory', {}),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: databaseUrlFor('inventory', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    queuePrefix: parsed.QUEUE_PREFIX,
    reservationSweepIntervalMs: parsed.RESERVATION_SWEEP_INTERVAL_MS,
    workerConcurrency: parsed.INVENTORY_WORKER_CONCURRENCY,
  };
}
