import 'reflect-metadata';
import {
  callerAccessToken,
  clientAddress,
  defineSubgraph,
  parseTrustedProxies,
  type RunningSubgraph,
  startPeriodicSweeper,
  type SubgraphContext,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { createCheckoutReader } from './clients/checkout-read.client';
import { database } from './data/database';
import { startOrderEventWorker } from './jobs/order-events.job';
import { startSagaWatchdog } from './jobs/saga-watchdog';
import { orderPrivacyHandlers } from './jobs/privacy-handlers';
import { createOrderUpdates } from './live/order-updates';
import type { OrdersContext } from './schema/context';
import {
  checkoutDeadlinePolicy,
  returnDeadlinePolicy,
  type SagaDeadlineSettings,
} from './saga/deadline-policy';
import { buildOrdersSchema } from './schema';
import { createOrdersServices, type GuestLookupLimit } from './services/orders-services';
import { createSagaWatchdogService } from './services/saga-watchdog.service';

export interface OrdersSubgraphOptions extends SubgraphOptions {
  /** Where checkout reads the caller's cart (with its discounts) and the chosen shipping rate. */
  routerUrl: string;
  /** How long checkout waits for its reads through the router (cart, shipping rate); default 5000 ms. */
  routerReadTimeoutMs?: number;
  /** How long inventory holds stock for a pending order; default 900 s. */
  reservationTtlSeconds?: number;
  /**
   * How long checkout waits for the saga's outcome (CONFIRMED or CANCELLED) before answering with the PENDING
   * order; 0 disables; default 8000.
   */
  checkoutSettleTimeoutMs?: number;
  /** How many days after delivery a customer may request a return; default 30. */
  returnWindowDays?: number;
  /** The saga watchdog (see src/jobs/saga-watchdog.ts): how often it sweeps, and the deadlines it enforces. */
  watchdog?: SagaWatchdogOptions;
  /**
   * Failed guestOrder lookups allowed per order number and per email, and per client address, in a window;
   * default 5 and 20 per 15 minutes.
   */
  guestLookupLimit?: GuestLookupLimit;
  /**
   * Guests' order access tokens: how many days one opens its order (default 30; guestOrder hands out a fresh
   * one), and how often expired ones are deleted (default hourly).
   */
  orderAccessTokens?: { ttlDays?: number; sweepIntervalMs?: number };
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES: the router); none by default. */
  trustedProxies?: string;
  /** Jobs of events.orders handled at once; default 8. */
  workerConcurrency?: number;
}

export interface SagaWatchdogOptions extends SagaDeadlineSettings {
  /** Default 5000 ms. */
  intervalMs?: number;
}

const DEFAULT_RESERVATION_TTL_SECONDS = 900;
const DEFAULT_WATCHDOG_INTERVAL_MS = 5_000;
const DEFAULT_CHECKOUT_SETTLE_TIMEOUT_MS = 8_000;
const DEFAULT_RETURN_WINDOW_DAYS = 30;
/**
 * A checkout sends every reply of its saga through events.orders, and each handler mostly waits on Postgres:
 * four workers made concurrent checkouts queue behind each other there. Sixteen starved the checkouts' own
 * reads through the router on two cores (200 concurrent checkouts timed out reading their carts).
 */
const DEFAULT_WORKER_CONCURRENCY = 8;
/** Connections beyond the worker's, for GraphQL, the checkout's own transaction and the watchdog. */
const SPARE_DATABASE_CONNECTIONS = 6;

/**
 * The orders subgraph with everything it runs in process: the GraphQL server (HTTP and graphql-ws on
 * /graphql), the outbox relay, the worker that drives the checkout and return sagas from the replies of
 * inventory, promotions, payments and shipping and follows shipments to delivery, and the saga watchdog.
 */
export async function createOrdersSubgraph(options: OrdersSubgraphOptions): Promise<RunningSubgraph> {
  return defineSubgraph<OrdersContext>({ name: 'orders', ...options }, async (kit) => {
    const { logger, prefix } = kit;
    const workerConcurrency = options.workerConcurrency ?? DEFAULT_WORKER_CONCURRENCY;
    const db = kit.connectDatabase(database, {
      poolSize: Math.max(10, workerConcurrency + SPARE_DATABASE_CONNECTIONS),
    });
    const updates = createOrderUpdates(options.redisUrl, `${prefix}:`, logger);
    kit.defer(() => updates.close(), 'order updates');
    const notify = (orderId: string) =>
      updates
        .publish(orderId)
        .catch((error: unknown) => logger.warn({ err: error, orderId }, 'could not publish order update'));
    const services = createOrdersServices({
      db,
      reads: createCheckoutReader(options.routerUrl, options.routerReadTimeoutMs),
      queueConnection: kit.queueConnection,
      queuePrefix: prefix,
      reservationTtlSeconds: options.reservationTtlSeconds ?? DEFAULT_RESERVATION_TTL_SECONDS,
      returnWindowDays: options.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS,
      ...(options.guestLookupLimit ? { guestLookupLimit: options.guestLookupLimit } : {}),
      ...(options.orderAccessTokens?.ttlDays !== undefined
        ? { orderAccessTokenTtlDays: options.orderAccessTokens.ttlDays }
        : {}),
      ...(options.checkoutSettleTimeoutMs !== 0
        ? {
            settlement: {
              updates,
              timeoutMs: options.checkoutSettleTimeoutMs ?? DEFAULT_CHECKOUT_SETTLE_TIMEOUT_MS,
            },
          }
        : {}),
      notify,
    });
    const schema = await buildOrdersSchema(updates);

    kit.use(
      startOrderEventWorker(services.events, services.guestOrders, {
        ...kit.workerOptions,
        concurrency: workerConcurrency,
        privacy: orderPrivacyHandlers(db),
      }),
      'order event worker',
    );
    kit.use(
      startSagaWatchdog({
        service: createSagaWatchdogService({
          db,
          notify,
          checkoutPolicy: checkoutDeadlinePolicy(options.watchdog ?? {}),
          returnPolicy: returnDeadlinePolicy(options.watchdog ?? {}),
          logger,
        }),
        intervalMs: options.watchdog?.intervalMs ?? DEFAULT_WATCHDOG_INTERVAL_MS,
        logger,
      }),
      'saga watchdog',
    );
    // Each guestOrder lookup issues a token: expired ones are deleted, not only refused.
    kit.use(
      startPeriodicSweeper({
        name: 'order-access-tokens',
        describe: 'deleted expired guest order access tokens',
        intervalMs: options.orderAccessTokens?.sweepIntervalMs ?? 60 * 60 * 1000,
        logger,
        work: () => services.guestOrders.removeExpiredAccessTokens(),
      }),
      'order access token sweeper',
    );

    const trustedProxies = parseTrustedProxies(options.trustedProxies);
    const contextFor = (
      base: SubgraphContext,
      accessToken: string | null,
      caller: string,
    ): OrdersContext => ({
      ...base,
      services,
      accessToken,
      clientAddress: caller,
    });
    return {
      schema,
      context: (base, req) =>
        contextFor(
          base,
          callerAccessToken(base.identity, req.headers.authorization),
          clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustedProxies),
        ),
      subscriptionContext: (base) => contextFor(base, null, 'unknown'),
    };
  });
}
