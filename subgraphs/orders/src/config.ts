import {
  loadSubgraphConfig,
  routerReadSettings,
  routerReadsEnv,
  subgraphEnv,
  wholeNumberEnv,
} from '@msa/subgraph-kit';

const ordersEnv = subgraphEnv('orders').extend({
  ...routerReadsEnv,
  RESERVATION_TTL_SECONDS: wholeNumberEnv({ min: 60, max: 86_400 }, 900),
  CHECKOUT_SETTLE_TIMEOUT_MS: wholeNumberEnv({ min: 0, max: 60_000 }, 8_000),
  RETURN_WINDOW_DAYS: wholeNumberEnv({ min: 1, max: 365 }, 30),
  /** How long a declined order waits in PAYMENT_FAILED for retryPayment before it is cancelled. */
  PAYMENT_RETRY_WINDOW_SECONDS: wholeNumberEnv({ min: 60, max: 86_400 }, 900),
  /** How often the saga watchdog looks for sagas waiting past their deadline. */
  SAGA_WATCHDOG_INTERVAL_MS: wholeNumberEnv({ min: 100, max: 600_000 }, 5_000),
  /** Replaces every saga step's reply deadline and number of sends (the steps' own otherwise). */
  SAGA_REPLY_WITHIN_MS: wholeNumberEnv({ min: 100, max: 3_600_000 }),
  SAGA_STEP_ATTEMPTS: wholeNumberEnv({ min: 1, max: 1_000 }),
  /** Jobs of events.orders handled at once (events of one order still serialize on its row lock). */
  ORDERS_WORKER_CONCURRENCY: wholeNumberEnv({ min: 1, max: 100 }, 8),
});

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadOrdersConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('orders', ordersEnv, env);
  const parsed = config.env;
  return {
    ...config,
    ...routerReadSettings(parsed),
    reservationTtlSeconds: parsed.RESERVATION_TTL_SECONDS,
    checkoutSettleTimeoutMs: parsed.CHECKOUT_SETTLE_TIMEOUT_MS,
    returnWindowDays: parsed.RETURN_WINDOW_DAYS,
    paymentRetryWindowSeconds: parsed.PAYMENT_RETRY_WINDOW_SECONDS,
    sagaWatchdogIntervalMs: parsed.SAGA_WATCHDOG_INTERVAL_MS,
    workerConcurrency: parsed.ORDERS_WORKER_CONCURRENCY,
    watchdog: {
      intervalMs: parsed.SAGA_WATCHDOG_INTERVAL_MS,
      paymentRetryWindowMs: parsed.PAYMENT_RETRY_WINDOW_SECONDS * 1000,
      ...(parsed.SAGA_REPLY_WITHIN_MS ? { replyWithinMs: parsed.SAGA_REPLY_WITHIN_MS } : {}),
      ...(parsed.SAGA_STEP_ATTEMPTS ? { attempts: parsed.SAGA_STEP_ATTEMPTS } : {}),
    },
  };
}
