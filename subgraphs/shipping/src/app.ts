import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { startCommandWorker, startEventWorker } from '@msa/events';
import {
  callerAccessToken,
  DEFAULT_CURRENCY,
  defineSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { createCartReader } from './clients/cart.client';
import { database } from './data/database';
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

export interface ShippingSubgraphOptions extends SubgraphOptions {
  /** Where shippingRates reads the caller's cart. */
  routerUrl: string;
  /** Deadline of one read through the router; default 5000 ms. */
  routerReadTimeoutMs?: number;
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
  return defineSubgraph<ShippingContext>({ name: 'shipping', ...options }, async (kit) => {
    const { logger } = kit;
    const db = kit.connectDatabase(database);
    const carrierQueue = stepDelayMs > 0 ? openCarrierQueue(kit.queueConnection, kit.prefix) : null;
    if (carrierQueue) kit.defer(() => carrierQueue.close(), 'carrier queue');

    const deps: ShippingDeps = {
      db,
      carts: createCartReader(options.routerUrl, options.routerReadTimeoutMs),
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

    const workerOptions = { ...kit.workerOptions, concurrency: options.workerConcurrency ?? 5 };
    kit.use(startCommandWorker('shipping', shippingCommandHandlers(deps), workerOptions), 'command worker');
    kit.use(
      startEventWorker(
        'shipping',
        { ...shippingEventHandlers(db), ...shippingPrivacyHandlers(db), ...shipmentClaimHandlers(db) },
        workerOptions,
      ),
      'event worker',
    );
    if (carrierQueue) kit.use(startCarrierWorker(deps, workerOptions), 'carrier worker');
    kit.use(
      startQuotePruner({ db, intervalMs: QUOTE_PRUNE_INTERVAL_MS, logger, now: deps.now }),
      'quote pruner',
    );
    if (carrierQueue) {
      const resumed = resumeCarrierScans(deps, stepDelayMs).catch((error: unknown) => {
        logger.error(
          { err: error },
          'could not resume carrier scans; shipments in transit wait for an update',
        );
      });
      kit.defer(() => resumed, 'carrier scan resumption');
    }

    return {
      schema: await buildShippingSchema(),
      context: (base, req) => ({
        ...base,
        deps,
        accessToken: callerAccessToken(base.identity, req.headers.authorization),
        forwardedFor:
          typeof req.headers['x-forwarded-for'] === 'string' ? req.headers['x-forwarded-for'] : null,
      }),
    };
  });
}
