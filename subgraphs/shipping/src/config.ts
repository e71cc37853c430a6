import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig, routerReadTimeoutEnv } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

const shippingEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  SHIPPING_DATABASE_URL: z.string().url().optional(),
  ROUTER_URL: z.string().url().default('http://localhost:4000/graphql'),
  ROUTER_READ_TIMEOUT_MS: routerReadTimeoutEnv,
  QUEUE_PREFIX: z.string().min(1).optional(),
  SHIP_FROM_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166-1 alpha-2 country code such as US')
    .default('US'),
  CARRIER_STEP_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(10_000),
  SHIPPING_QUOTE_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1_800),
  SHIPPING_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
});

export interface ShippingConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof shippingEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  routerUrl: string;
  routerReadTimeoutMs: number;
  queuePrefix: string | undefined;
  shipFromCountry: string;
  carrierStepDelayMs: number;
  quoteTtlSeconds: number;
  workerConcurrency: number;
}

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadShippingConfig(env: NodeJS.ProcessEnv = process.env): ShippingConfig {
  const parsed = loadConfig(shippingEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('shipping', env),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: parsed.SHIPPING_DATABASE_URL ?? databaseUrlFor('shipping', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    routerUrl: parsed.ROUTER_URL,
    routerReadTimeoutMs: parsed.ROUTER_READ_TIMEOUT_MS,
    queuePrefix: parsed.QUEUE_PREFIX,
    shipFromCountry: parsed.SHIP_FROM_COUNTRY,
    carrierStepDelayMs: parsed.CARRIER_STEP_DELAY_MS,
    quoteTtlSeconds: parsed.SHIPPING_QUOTE_TTL_SECONDS,
    workerConcurrency: parsed.SHIPPING_WORKER_CONCURRENCY,
  };
}
