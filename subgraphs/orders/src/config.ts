import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig, routerReadTimeoutEnv } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

const ordersEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  ORDERS_DATABASE_URL: z.string().url().optional(),
  ROUTER_URL: z.string().url().default('http://localhost:4000/graphql'),
  ROUTER_READ_TIMEOUT_MS: routerReadTimeoutEnv,
  QUEUE_PREFIX: z.string().min(1).optional(),
  RESERVATION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  CHECKOUT_SETTLE_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(8_000),
  RETURN_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long a declined order waits in PAYMENT_FAILED for retryPayment before it is cancelled. */
  PAYMENT_RETRY_WINDOW_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** How often the saga watchdog looks for sagas waiting past their deadline. */
  SAGA_WATCHDOG_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Replaces every saga step's reply deadline and number of sends (the steps' own otherwise). */
  SAGA_REPLY_WITHIN_MS: z.coerce.number().int().min(100).max(3_600_000).optional(),
  SAGA_STEP_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).optional(),
});

export interface OrdersConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof ordersEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  routerUrl: string;
  routerReadTimeoutMs: number;
  queuePrefix: string | undefined;
  trustedProxies: string | undefined;
  reservationTtlSeconds: number;
  checkoutSettleTimeoutMs: number;
  returnWindowDays: number;
  paymentRetryWindowSeconds: number;
  sagaWatchdogIntervalMs: number;
  sagaReplyWithinMs: number | undefined;
  sagaStepAttempts: number | undefined;
}

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadOrdersConfig(env: NodeJS.ProcessEnv = process.env): OrdersConfig {
  const parsed = loadConfig(ordersEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('orders', env),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: parsed.ORDERS_DATABASE_URL ?? databaseUrlFor('orders', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    routerUrl: parsed.ROUTER_URL,
    routerReadTimeoutMs: parsed.ROUTER_READ_TIMEOUT_MS,
    queuePrefix: parsed.QUEUE_PREFIX,
    trustedProxies: parsed.TRUSTED_PROXIES,
    reservationTtlSeconds: parsed.RESERVATION_TTL_SECONDS,
    checkoutSettleTimeoutMs: parsed.CHECKOUT_SETTLE_TIMEOUT_MS,
    returnWindowDays: parsed.RETURN_WINDOW_DAYS,
    paymentRetryWindowSeconds: parsed.PAYMENT_RETRY_WINDOW_SECONDS,
    sagaWatchdogIntervalMs: parsed.SAGA_WATCHDOG_INTERVAL_MS,
    sagaReplyWithinMs: parsed.SAGA_REPLY_WITHIN_MS,
    sagaStepAttempts: parsed.SAGA_STEP_ATTEMPTS,
  };
}
