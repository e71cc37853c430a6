import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig, routerReadTimeoutEnv } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

const promotionsEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  PROMOTIONS_DATABASE_URL: z.string().url().optional(),
  ROUTER_URL: z.string().url().default('http://localhost:4000/graphql'),
  ROUTER_READ_TIMEOUT_MS: routerReadTimeoutEnv,
  QUEUE_PREFIX: z.string().min(1).optional(),
  PROMOTIONS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  MAX_COUPONS_PER_CART: z.coerce.number().int().min(1).max(20).default(5),
  CART_COUPON_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
});

export interface PromotionsConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof promotionsEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  routerUrl: string;
  routerReadTimeoutMs: number;
  queuePrefix: string | undefined;
  workerConcurrency: number;
  maxCouponsPerCart: number;
  cartCouponRetentionDays: number;
}

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadPromotionsConfig(env: NodeJS.ProcessEnv = process.env): PromotionsConfig {
  const parsed = loadConfig(promotionsEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('promotions', env),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: parsed.PROMOTIONS_DATABASE_URL ?? databaseUrlFor('promotions', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    routerUrl: parsed.ROUTER_URL,
    routerReadTimeoutMs: parsed.ROUTER_READ_TIMEOUT_MS,
    queuePrefix: parsed.QUEUE_PREFIX,
    workerConcurrency: parsed.PROMOTIONS_WORKER_CONCURRENCY,
    maxCouponsPerCart: parsed.MAX_COUPONS_PER_CART,
    cartCouponRetentionDays: parsed.CART_COUPON_RETENTION_DAYS,
  };
}
