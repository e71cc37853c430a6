import { loadSubgraphConfig, subgraphEnv } from '@msa/subgraph-kit';
import { z } from 'zod';

export const inventoryEnv = subgraphEnv('inventory').extend({
  RESERVATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  INVENTORY_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
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
