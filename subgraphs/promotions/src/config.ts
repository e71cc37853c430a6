import {
  loadSubgraphConfig,
  routerReadTimeoutEnv,
  routerUrlEnv,
  subgraphEnv,
  wholeNumberEnv,
  workerConcurrencyEnv,
} from '@msa/subgraph-kit';

const promotionsEnv = subgraphEnv('promotions').extend({
  ROUTER_URL: routerUrlEnv,
  ROUTER_READ_TIMEOUT_MS: routerReadTimeoutEnv,
  PROMOTIONS_WORKER_CONCURRENCY: workerConcurrencyEnv,
  MAX_COUPONS_PER_CART: wholeNumberEnv({ min: 1, max: 20 }, 5),
  CART_COUPON_RETENTION_DAYS: wholeNumberEnv({ min: 1, max: 365 }, 30),
});

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadPromotionsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('promotions', promotionsEnv, env);
  return {
    ...config,
    routerUrl: config.env.ROUTER_URL,
    routerReadTimeoutMs: config.env.ROUTER_READ_TIMEOUT_MS,
    workerConcurrency: config.env.PROMOTIONS_WORKER_CONCURRENCY,
    maxCouponsPerCart: config.env.MAX_COUPONS_PER_CART,
    cartCouponRetentionDays: config.env.CART_COUPON_RETENTION_DAYS,
  };
}
