import type { Logger } from '@msa/subgraph-kit';
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
  let running: Promise<number> | null = null;
  const prune = (): Promise<number> => {
    running ??= deleteQuotesExpiredBefore(
      options.db,
      new Date(options.now().getTime() - QUOTE_RETENTION_MS),
    ).finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    prune()
      .then((deleted) => deleted > 0 && options.logger.info({ deleted }, 'deleted expired shipping quotes'))
      .catch((error: unknown) =>
        options.logger.error({ err: error }, 'pruning shipping quotes failed; retrying at the next tick'),
      );
  }, options.intervalMs);
  timer.unref();
  return {
    prune,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
