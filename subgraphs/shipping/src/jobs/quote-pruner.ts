import { startPeriodicSweeper, type Logger } from '@msa/subgraph-kit';
import { deleteQuotesExpiredBefore } from '../data/shipping-quote.repo';
import type { ShippingDb } from '../data/database';

/**
 * Expired quotes are kept a day so that a late shipment request is told SHIPPING_RATE_EXPIRED rather than
 * NOT_FOUND, then deleted: every visit to checkout makes three.
 */
export const QUOTE_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface QuotePruner {
  prune(): Promise<number>;
  stop(): Promise<void>;
}

/** Deletes long-expired quotes every `intervalMs`. Idempotent, so every replica may run it. */
export function startQuotePruner(options: {
  db: ShippingDb;
  intervalMs: number;
  logger: Logger;
  now: () => Date;
}): QuotePruner {
  const sweeper = startPeriodicSweeper({
    name: 'shipping-quotes',
    describe: 'deleted expired shipping quotes',
    intervalMs: options.intervalMs,
    logger: options.logger,
    work: async () => ({
      deleted: await deleteQuotesExpiredBefore(
        options.db,
        new Date(options.now().getTime() - QUOTE_RETENTION_MS),
      ),
    }),
  });
  return { prune: async () => (await sweeper.sweep()).deleted ?? 0, stop: sweeper.stop };
}
