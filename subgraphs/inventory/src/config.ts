import { loadSubgraphConfig, subgraphEnv, wholeNumberEnv, workerConcurrencyEnv } from '@msa/subgraph-kit';

export const inventoryEnv = subgraphEnv('inventory').extend({
  RESERVATION_SWEEP_INTERVAL_MS: wholeNumberEnv({ min: 100, max: 3_600_000 }, 5_000),
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
