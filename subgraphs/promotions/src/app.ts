import 'reflect-metadata';
import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import {
  closeConnection,
  createQueueConnection,
  resolveQueuePrefix,
  startCommandWorker,
  startEventWorker,
  startOutboxRelay,
} from '@msa/events';
import {
  createLogger,
  startSubgraphServer,
  type Logger,
  type RunningSubgraph,
  type SubgraphContext,
} from '@msa/subgraph-kit';
import { createCartClient } from './clients/cart.client';
import { createPromotionsDb, pingDatabase } from './data/database';
import { startCouponSweeper } from './jobs/coupon-sweeper';
import { promotionPrivacyHandlers } from './jobs/privacy-handlers';
import { promotionCommandHandlers, promotionEventHandlers } from './jobs/promotion-messages';
import type { PromotionsContext } from './schema/context';
import { buildPromotionsSchema } from './schema';
import { CartPricing } from './services/cart-pricing';
import type { CouponDeps } from './services/coupons.service';
import { PricingSources } from './services/pricing-sources';

export interface PromotionsSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  /** Where applyCoupon/removeCoupon read the caller's cart (the router's /graphql). */
  routerUrl: string;
  /** BullMQ key prefix, so parallel test runs and environments sharing a Redis do not collide. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** Commands and events processed in parallel per queue; default 5. */
  workerConcurrency?: number;
  /** Codes one cart may hold; default 5. */
  maxCouponsPerCart?: number;
  /** Coupons entered on a cart are forgotten after this many days; default 30. */
  cartCouponRetentionDays?: number;
  /** How often stale coupons are removed; default hourly. */
  couponSweepIntervalMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The promotions subgraph with everything it runs in process: GraphQL server, outbox relay, the command
 * worker (redeem/unredeem, the checkout saga's step), the event worker (catalog and order read models) and
 * the stale-coupon sweeper. stop() ends all of them.
 */
export async function createPromotionsSubgraph(options: PromotionsSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger('promotions');
  const prefix = resolveQueuePrefix(options.queuePrefix);
  const db = createPromotionsDb(options.databaseUrl);
  const connection = createQueueConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'promotions redis connection error'));
  const workerOptions = { connection, prefix, concurrency: options.workerConcurrency ?? 5, logger };

  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    prefix,
    logger,
  });
  const commands = startCommandWorker('promotions', promotionCommandHandlers(db), workerOptions);
  const events = startEventWorker(
    'promotions',
    { ...promotionEventHandlers(db), ...promotionPrivacyHandlers(db) },
    workerOptions,
  );
  const sweeper = startCouponSweeper({
    db,
    retentionMs: (options.cartCouponRetentionDays ?? 30) * DAY_MS,
    intervalMs: options.couponSweepIntervalMs ?? 60 * 60 * 1000,
    logger,
  });
  const coupons: CouponDeps = {
    db,
    carts: createCartClient(options.routerUrl),
    maxCouponsPerCart: options.maxCouponsPerCart ?? 5,
  };

  const contextFor = (base: SubgraphContext, authorization: string | undefined): PromotionsContext => {
    const sources = new PricingSources(db, base.loaders, new Date());
    return {
      ...base,
      db,
      sources,
      pricing: new CartPricing(sources, base.identity),
      coupons,
      // The identity was verified from this header, so its token is the caller's own.
      caller: {
        identity: base.identity,
        accessToken: base.identity ? (bearerToken(authorization) ?? null) : null,
        requestId: base.requestId,
      },
    };
  };

  const stopBackground = async () => {
    await Promise.all([sweeper.stop(), commands.stop(), events.stop()]);
    await relay.stop();
    await closeConnection(connection);
    await db.$disconnect();
  };

  try {
    return await startSubgraphServer<PromotionsContext>({
      name: 'promotions',
      schema: await buildPromotionsSchema(),
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => connection.ping(),
      },
      extendContext: (base, req) => contextFor(base, req.headers.authorization),
      onStop: stopBackground,
    });
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
