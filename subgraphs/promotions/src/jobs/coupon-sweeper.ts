import { startPeriodicSweeper, type Logger } from '@msa/subgraph-kit';
import { deleteCouponsAppliedBefore } from '../data/cart-coupon.repo';
import type { PromotionsDb } from '../data/database';

export interface CouponSweeper {
  /** Runs one sweep now; resolves with the number of coupons removed. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Removes coupons entered more than `retentionMs` ago. Carts live in the cart service (guest carts expire
 * there after a week of inactivity) and nothing tells this service when one is gone, so their coupons would
 * otherwise stay forever. A timer per replica: the delete is idempotent, so running everywhere is harmless.
 */
export function startCouponSweeper(options: {
  db: PromotionsDb;
  retentionMs: number;
  intervalMs: number;
  logger: Logger;
}): CouponSweeper {
  const sweeper = startPeriodicSweeper({
    name: 'stale-coupons',
    describe: 'removed coupons of stale carts',
    intervalMs: options.intervalMs,
    logger: options.logger,
    work: async () => ({
      removed: await deleteCouponsAppliedBefore(options.db, new Date(Date.now() - options.retentionMs)),
    }),
  });
  return { sweep: async () => (await sweeper.sweep()).removed ?? 0, stop: sweeper.stop };
}
