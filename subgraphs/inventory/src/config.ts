import { loadSubgraphConfig, subgraphEnv, workerConcurrencyEnv } from '@msa/subgraph-kit';
import { z } from 'zod';

export const inventoryEnv = subgraphEnv('inventory').extend({
  RESERVATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  INVENTORY_WORKER_CONCURRENCY: workerConcurrencyEnv,
});

/** Reads and validates the environment once at boot. */
export function loadInventoryConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('inventory', inventoryEnv, env);
  return {
    ...config,
    reservationSweepIntervalMs: config.env.RESERVATION_SWEEP_INTERVAL_MS,
    workerConcurrency: config.env.INVENTORY_WORKER_CONCURRENCY,
  };
}
