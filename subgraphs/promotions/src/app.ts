import 'reflect-metadata';
import { startCommandWorker, startEventWorker } from '@msa/events';
import {
  callerAccessToken,
  defineSubgraph,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { createCartClient } from './clients/cart.client';
import { database } from './data/database';
import { startCouponSweeper } from './jobs/coupon-sweeper';
import { promotionPrivacyHandlers } from './jobs/privacy-handlers';
import { promotionCommandHandlers, promotionEventHandlers } from './jobs/promotion-messages';
import type { PromotionsContext } from './schema/context';
import { buildPromotionsSchema } from './schema';
import { CartPricing } from './services/cart-pricing';
import type { CouponDeps } from './services/coupons.service';
import { PricingSources } from './services/pricing-sources';

export interface PromotionsSubgraphOptions extends SubgraphOptions {
  /** Where applyCoupon/removeCoupon read the caller's cart (the router's /graphql). */
  routerUrl: string;
  /** Deadline of one read through the router; default 5000 ms. */
  routerReadTimeoutMs?: number;
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
  return defineSubgraph<PromotionsContext>({ name: 'promotions', ...options }, async (kit) => {
    const db = kit.connectDatabase(database);
    const workerOptions = { ...kit.workerOptions, concurrency: options.workerConcurrency ?? 5 };
    kit.use(startCommandWorker('promotions', promotionCommandHandlers(db), workerOptions), 'command worker');
    kit.use(
      startEventWorker(
        'promotions',
        { ...promotionEventHandlers(db), ...promotionPrivacyHandlers(db) },
        workerOptions,
      ),
      'event worker',
    );
    kit.use(
      startCouponSweeper({
        db,
        retentionMs: (options.cartCouponRetentionDays ?? 30) * DAY_MS,
        intervalMs: options.couponSweepIntervalMs ?? 60 * 60 * 1000,
        logger: kit.logger,
      }),
      'coupon sweeper',
    );
    const coupons: CouponDeps = {
      db,
      carts: createCartClient(options.routerUrl, options.routerReadTimeoutMs),
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
        caller: {
          identity: base.identity,
          accessToken: callerAccessToken(base.identity, authorization),
          requestId: base.requestId,
        },
      };
    };
    return {
      schema: await buildPromotionsSchema(),
      context: (base, req) => contextFor(base, req.headers.authorization),
    };
  });
}
