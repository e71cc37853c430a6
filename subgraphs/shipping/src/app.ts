import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import {
  closeConnection,
  createQueueConnection,
  resolveQueuePrefix,
  startCommandWorker,
  startEventWorker,
  startOutboxRelay,
  type RunningWorker,
} from '@msa/events';
import {
  createLogger,
  DEFAULT_CURRENCY,
  startSubgraphServer,
  type Logger,
  type RunningSubgraph,
} from '@msa/subgraph-kit';
import { createCartReader } from './clients/cart.client';
import { createShippingDb, pingDatabase } from './data/database';
import { isCountryCode } from './domain/shipping-zone';
import { RANDOM_DIGITS } from './domain/tracking-number';
import {
  createCarrierScheduler,
  DISABLED_CARRIER,
  openCarrierQueue,
  resumeCarrierScans,
  startCarrierWorker,
} from './jobs/carrier-simulator';
import { shippingEventHandlers } from './jobs/product-events';
import { shipmentClaimHandlers } from './jobs/order-claim-handler';
import { shippingPrivacyHandlers } from './jobs/privacy-handlers';
import { startQuotePruner } from './jobs/quote-pruner';
import { shippingCommandHandlers } from './jobs/shipping-commands';
import { buildShippingSchema } from './schema';
import type { ShippingContext } from './schema/context';
import type { ShippingDeps } from './services/shipping-deps';

export interface ShippingSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  /** Where shippingRates reads the caller's cart. */
  routerUrl: string;
  /** BullMQ key prefix, so parallel test runs and environments sharing a Redis do not collide. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** Time between the simulated carrier's scans; 0 turns the simulator off. Default 10 000 ms. */
  carrierStepDelayMs?: number;
  /** How long a shipping rate can be used at checkout; default 1800 s. */
  quoteTtlSeconds?: number;
  /** ISO country parcels ship from; default US. */
  shipFromCountry?: string;
  /** Commands, events and scans processed in parallel per queue; default 5. */
  workerConcurrency?: number;
}

const DEFAULT_CARRIER_STEP_DELAY_MS = 10_000;
const DEFAULT_QUOTE_TTL_SECONDS = 1_800;
const QUOTE_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

function randomDigits(): string {
  return Array.from({ length: RANDOM_DIGITS }, () => randomInt(10)).join('');
}

/**
 * The shipping subgraph with everything it runs in process: the GraphQL server, the outbox relay, the
 * command and event workers, the simulated carrier and the quote pruner. stop() ends all of them.
 */
export async function createShippingSubgraph(options: ShippingSubgraphOptions): Promise<RunningSubgraph> {
  const originCountry = options.shipFromCountry ?? 'US';
  if (!isCountryCode(originCountry))
    throw new Error(`shipFromCountry "${originCountry}" is not an ISO 3166-1 alpha-2 code`);
  const stepDelayMs = options.carrierStepDelayMs ?? DEFAULT_CARRIER_STEP_DELAY_MS;
  const logger = options.logger ?? createLogger('shipping');
  const prefix = resolveQueuePrefix(options.queuePrefix);
  const db = createShippingDb(options.databaseUrl);
  const connection = createQueueConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'shipping redis connection error'));
  const carrierQueue = stepDelayMs > 0 ? openCarrierQueue(connection, prefix) : null;

  const deps: ShippingDeps = {
    db,
    carts: createCartReader(options.routerUrl),
    carrier: carrierQueue
      ? createCarrierScheduler({ queue: carrierQueue, stepDelayMs, logger })
      : DISABLED_CARRIER,
    logger,
    originCountry,
    quoteTtlSeconds: options.quoteTtlSeconds ?? DEFAULT_QUOTE_TTL_SECONDS,
    currency: DEFAULT_CURRENCY,
    randomDigits,
    now: () => new Date(),
  };

  const workerOptions = { connection, prefix, concurrency: options.workerConcurrency ?? 5, logger };
  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    prefix,
    logger,
  });
  const workers: RunningWorker[] = [
    startCommandWorker('shipping', shippingCommandHandlers(deps), workerOptions),
    startEventWorker(
      'shipping',
      { ...shippingEventHandlers(db), ...shippingPrivacyHandlers(db), ...shipmentClaimHandlers(db) },
      workerOptions,
    ),
    ...(carrierQueue ? [startCarrierWorker(deps, workerOptions)] : []),
  ];
  const pruner = startQuotePruner({ db, intervalMs: QUOTE_PRUNE_INTERVAL_MS, logger, now: deps.now });
  const resumed = carrierQueue
    ? resumeCarrierScans(deps, stepDelayMs).catch((error: unknown) => {
        logger.error(
          { err: error },
          'could not resume carrier scans; shipments in transit wait for an update',
        );
        return 0;
      })
    : Promise.resolve(0);

  const stopBackground = async () => {
    await resumed;
    await pruner.stop();
    await Promise.all(workers.map((worker) => worker.stop()));
    await carrierQueue?.close();
    await relay.stop();
    await closeConnection(connection);
    await db.$disconnect();
  };

  try {
    return await startSubgraphServer<ShippingContext>({
      name: 'shipping',
      schema: await buildShippingSchema(),
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => connection.ping(),
      },
      // The identity was verified from this header, so its token is the caller's own.
      extendContext: (base, req) => ({
        ...base,
        deps,
        accessToken: base.identity ? (bearerToken(req.headers.authorization) ?? null) : null,
        forwardedFor:
          typeof req.headers['x-forwarded-for'] === 'string' ? req.headers['x-forwarded-for'] : null,
      }),
      onStop: stopBackground,
    });
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
