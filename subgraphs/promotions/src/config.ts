import {
  loadSubgraphConfig,
  routerReadSettings,
  routerReadsEnv,
  subgraphEnv,
  wholeNumberEnv,
  workerConcurrencyEnv,
} from '@msa/subgraph-kit';

const promotionsEnv = subgraphEnv('promotions').extend({
  ...routerReadsEnv,
  PROMOTIONS_WORKER_CONCURRENCY: workerConcurrencyEnv,
  MAX_COUPONS_PER_CART: wholeNumberEnv({ min: 1, max: 20 }, 5),
  CART_COUPON_RETENTION_DAYS: wholeNumberEnv({ min: 1, max: 365 }, 30),
});

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadPromotionsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('promotions', promotionsEnv, env);
  return {
    ...config,
    ...routerReadSettings(config.env),
    workerConcurrency: config.env.PROMOTIONS_WORKER_CONCURRENCY,
    maxCouponsPerCart: config.env.MAX_COUPONS_PER_CART,
    cartCouponRetentionDays: config.env.CART_COUPON_RETENTION_DAYS,
  };
}
