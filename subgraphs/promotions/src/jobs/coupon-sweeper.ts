import type { Logger } from '@msa/subgraph-kit';
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
  let running: Promise<number> | null = null;
  const sweep = (): Promise<number> => {
    running ??= deleteCouponsAppliedBefore(options.db, new Date(Date.now() - options.retentionMs))
      .then((removed) => {
        if (removed > 0) options.logger.info({ removed }, 'removed coupons of stale carts');
        return removed;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) =>
      options.logger.error({ err: error }, 'coupon sweep failed; retrying at the next tick'),
    );
  }, options.intervalMs);
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
