import {
  loadSubgraphConfig,
  routerReadSettings,
  routerReadsEnv,
  subgraphEnv,
  wholeNumberEnv,
  workerConcurrencyEnv,
} from '@msa/subgraph-kit';
import { z } from 'zod';

const shippingEnv = subgraphEnv('shipping').extend({
  ...routerReadsEnv,
  SHIP_FROM_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166-1 alpha-2 country code such as US')
    .default('US'),
  CARRIER_STEP_DELAY_MS: wholeNumberEnv({ min: 0, max: 86_400_000 }, 10_000),
  SHIPPING_QUOTE_TTL_SECONDS: wholeNumberEnv({ min: 60, max: 86_400 }, 1_800),
  SHIPPING_WORKER_CONCURRENCY: workerConcurrencyEnv,
});

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadShippingConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('shipping', shippingEnv, env);
  const parsed = config.env;
  return {
    ...config,
    ...routerReadSettings(parsed),
    shipFromCountry: parsed.SHIP_FROM_COUNTRY,
    carrierStepDelayMs: parsed.CARRIER_STEP_DELAY_MS,
    quoteTtlSeconds: parsed.SHIPPING_QUOTE_TTL_SECONDS,
    workerConcurrency: parsed.SHIPPING_WORKER_CONCURRENCY,
  };
}
