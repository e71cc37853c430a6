import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
  type AccessTokenVerifier,
  type Role,
} from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '@msa/testing';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createUsersSubgraph } from '@msa/users/app';
import { createProductsSubgraph } from '@msa/products/app';
import { createInventorySubgraph } from '@msa/inventory/app';
import { createCartSubgraph } from '@msa/cart/app';
import { createOrdersSubgraph, type SagaWatchdogOptions } from '@msa/orders/app';
import { createPaymentsSubgraph } from '@msa/payments/app';
import { createShippingSubgraph } from '@msa/shipping/app';
import { createPromotionsSubgraph } from '@msa/promotions/app';
import { createReviewsSubgraph } from '@msa/reviews/app';
import { createSearchSubgraph } from '@msa/search/app';
import { createNotificationsSubgraph } from '@msa/notifications/app';
import { createRouter, type RouterOptions } from '@msa/router/app';
import { reservePort } from './port-reservation';

export interface BootedSupergraph {
  routerUrl: string;
  /** The router's internal /metrics listener (the public port does not serve metrics). */
  routerMetricsUrl: string;
  /** Stops one subgraph, as an outage would; the router keeps running. Only RESTARTABLE ones. */
  stopSubgraph(name: RestartableSubgraph): Promise<void>;
  /** Starts a stopped subgraph again on its old port and database. */
  startSubgraph(name: RestartableSubgraph): Promise<void>;
  /** Signs access tokens with the users service's own key, for load tests that need many identities. */
  mintToken(role: Role, userId?: string): Promise<string>;
  /** Where the products subgraph of this run keeps its images. */
  mediaDir: string;
  /** Verifies tokens of this run, for services a test restarts by itself. */
  verifier: AccessTokenVerifier;
  subgraphs: Record<string, RunningSubgraph>;
  queuePrefix: string;
  redisUrl: string;
  databases: Record<string, TestDatabase>;
  stop(): Promise<void>;
}

export interface BootOptions {
  /** The router's response cache for anonymous public queries (off here unless asked for; on in deployments). */
  responseCache?: boolean;
  rateLimitPoints?: number;
  rateLimitWindowSeconds?: number;
  /** How long inventory holds stock for a pending order (orders sends it with each reservation). */
  reservationTtlSeconds?: number;
  reservationSweepIntervalMs?: number;
  checkoutSettleTimeoutMs?: number;
  /** Delay between simulated carrier scans (LABEL_CREATED → … → DELIVERED); 0 disables the simulator. */
  carrierStepDelayMs?: number;
  /** Browser origins the router allows (the web apps of a browser test); the router's defaults otherwise. */
  corsOrigins?: string[];
  /** A fixed router port (browser tests start the apps first); a free one otherwise. */
  routerPort?: number;
  /** The router's `trust proxy` (e.g. 'loopback' to take client addresses from X-Forwarded-For). */
  trustProxy?: boolean | number | string;
  /** The router's subgraph circuit breakers (a short reset for outage tests). */
  routerBreaker?: RouterOptions['breaker'];
  /** The router's body read timeout (a short one for slow-body tests). */
  routerBodyReadTimeoutMs?: number;
  /** The orders saga watchdog: how often it sweeps and the deadlines it enforces (the steps' own otherwise). */
  sagaWatchdog?: SagaWatchdogOptions;
}

/** Subgraphs a test may stop and start again (see stopSubgraph). */
export type RestartableSubgraph = 'reviews';

const SUBGRAPH_NAMES = [
  'users',
  'products',
  'inventory',
  'cart',
  'orders',
  'payments',
  'shipping',
  'promotions',
  'reviews',
  'search',
  'notifications',
] as const;

/**
 * Boots every subgraph and the router in this process on free ports, each subgraph on its own throwaway
 * database, sharing the real local Redis under a unique prefix. Returns the router URL clients talk to.
 */
export async function bootSupergraph(options: BootOptions = {}): Promise<BootedSupergraph> {
  const logger = createLogger('e2e', (process.env.LOG_LEVEL as 'silent') ?? 'silent');
  const runId = randomBytes(4).toString('hex');
  const queuePrefix = `e2e-${runId}`;
  const redisUrl = TEST_REDIS_URL;
  const mediaDir = mkdtempSync(join(tmpdir(), 'msa-media-'));

  const signingKey = await signingKeyFromPem(await generateSigningKeyPem());
  const signer = createAccessTokenSigner(signingKey);
  const verifier = createAccessTokenVerifier(localKeys(signer.jwks()));

  const databases = Object.fromEntries(
    await Promise.all(
      SUBGRAPH_NAMES.map(
        async (name) => [name, await createTestDatabase(name, migrationsDirOf(name))] as const,
      ),
    ),
  ) as Record<(typeof SUBGRAPH_NAMES)[number], TestDatabase>;

  // The subgraphs must know the router's URL before it starts: its port stays held until the router listens.
  const routerPortHold = options.routerPort === undefined ? await reservePort() : null;
  const routerPort = options.routerPort ?? routerPortHold!.port;
  const routerUrl = `http://localhost:${routerPort}/graphql`;
  const common = { port: 0, redisUrl, verifier, queuePrefix, logger };

  const subgraphs: Record<string, RunningSubgraph> = {};
  subgraphs.users = await createUsersSubgraph({
    databaseUrl: databases.users.url,
    redisUrl,
    port: 0,
    signingKey,
    logger,
    queuePrefix,
    // Sign-in throttles are keyed by email: each run keeps its own, so runs sharing Redis never collide.
    redisKeyPrefix: `${queuePrefix}:users:`,
  });
  subgraphs.products = await createProductsSubgraph({
    ...common,
    databaseUrl: databases.products.url,
    mediaDir,
    publicBaseUrl: `http://localhost:${routerPort}`,
  });
  subgraphs.inventory = await createInventorySubgraph({
    ...common,
    databaseUrl: databases.inventory.url,
    reservationSweepIntervalMs: options.reservationSweepIntervalMs ?? 1_000,
  });
  subgraphs.cart = await createCartSubgraph({
    ...common,
    databaseUrl: databases.cart.url,
    keyPrefix: `${queuePrefix}:cart:`,
  });
  subgraphs.orders = await createOrdersSubgraph({
    ...common,
    databaseUrl: databases.orders.url,
    routerUrl,
    // Long enough for 200 sagas to finish on one event loop (every service shares this process in tests).
    checkoutSettleTimeoutMs: options.checkoutSettleTimeoutMs ?? 200_000,
    // Every service shares one process and two cores here; production latencies are far lower.
    routerReadTimeoutMs: 30_000,
    // The router runs on loopback here: orders believes its X-Forwarded-For (guest lookups are throttled per client).
    trustedProxies: 'loopback',
    ...(options.reservationTtlSeconds ? { reservationTtlSeconds: options.reservationTtlSeconds } : {}),
    ...(options.sagaWatchdog ? { watchdog: options.sagaWatchdog } : {}),
  });

  subgraphs.payments = await createPaymentsSubgraph({
    ...common,
    databaseUrl: databases.payments.url,
    providerLatencyMs: [0, 0],
  });
  subgraphs.shipping = await createShippingSubgraph({
    ...common,
    databaseUrl: databases.shipping.url,
    routerUrl,
    carrierStepDelayMs: options.carrierStepDelayMs ?? 0,
  });
  subgraphs.promotions = await createPromotionsSubgraph({
    ...common,
    databaseUrl: databases.promotions.url,
    routerUrl,
  });
  const launchers: Record<RestartableSubgraph, (port: number) => Promise<RunningSubgraph>> = {
    reviews: (port) => createReviewsSubgraph({ ...common, port, databaseUrl: databases.reviews.url }),
  };
  subgraphs.reviews = await launchers.reviews(0);
  subgraphs.search = await createSearchSubgraph({ ...common, databaseUrl: databases.search.url });
  subgraphs.notifications = await createNotificationsSubgraph({
    ...common,
    databaseUrl: databases.notifications.url,
    routerUrl,
    usersBaseUrl: subgraphs.users.url,
    deliveryRetry: { attempts: 3, backoffMs: 100 },
  });

  await routerPortHold?.release();
  const router = await createRouter({
    port: routerPort,
    subgraphs: Object.entries(subgraphs).map(([name, running]) => ({ name, url: running.url })),
    redisUrl,
    verifier,
    logger,
    rateLimit: {
      points: options.rateLimitPoints ?? 100_000,
      windowSeconds: options.rateLimitWindowSeconds ?? 60,
      keyPrefix: `${queuePrefix}:rl:`,
    },
    apqKeyPrefix: `${queuePrefix}:apq:`,
    ...(options.responseCache ? { responseCache: { keyPrefix: `${queuePrefix}:cache:`, queuePrefix } } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    // Checkout waits for its sagas above (up to the settle timeout): the subgraph deadline must outlast it.
    breaker: { callTimeoutMs: 240_000, ...options.routerBreaker },
    ...(options.routerBodyReadTimeoutMs ? { bodyReadTimeoutMs: options.routerBodyReadTimeoutMs } : {}),
  });
  const stopped = new Map<RestartableSubgraph, number>();

  return {
    routerUrl,
    routerMetricsUrl: router.metricsUrl,
    async stopSubgraph(name) {
      const running = subgraphs[name];
      if (!running || stopped.has(name)) throw new Error(`${name} is not running`);
      stopped.set(name, running.port);
      await running.stop();
    },
    async startSubgraph(name) {
      const port = stopped.get(name);
      if (port === undefined) throw new Error(`${name} was not stopped`);
      subgraphs[name] = await launchers[name](port);
      stopped.delete(name);
    },
    mintToken: (role, userId = randomUUID()) => signer.sign({ userId, role, kind: 'user' }),
    verifier,
    mediaDir,
    subgraphs,
    queuePrefix,
    redisUrl,
    databases,
    async stop() {
      await router.stop();
      await Promise.all(
        Object.entries(subgraphs)
          .filter(([name]) => !stopped.has(name as RestartableSubgraph))
          .map(([, s]) => s.stop()),
      );
      await Promise.all(Object.values(databases).map((db) => db.drop()));
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
