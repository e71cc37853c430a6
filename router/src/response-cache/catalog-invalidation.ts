import { startEventWorker, type EventHandlers, type RunningWorker } from '@msa/events';
import type { Logger } from '@msa/subgraph-kit';
import type { CatalogGeneration } from './catalog-generation';
import type { StockFlags } from './stock-flags';

/**
 * The events after which a cached public answer may be out of date: a product's name, status or category, a
 * category's name or place in the tree, a variant's price, a stock level (in stock or not), a product's rating (a review approved or hidden).
 */
export const CATALOG_EVENTS = [
  'product.changed',
  'category.changed',
  'product.variant.changed',
  'inventory.stock_changed',
  'product.rating_changed',
] as const;

/**
 * Consumes the router's own event queue (`events.router`, subscribed to CATALOG_EVENTS in the catalog of
 * events) and bumps the catalog generation on each; a stock change only when it flips the variant's in-stock
 * flag (stock-flags.ts). One replica takes each event; the generation lives in the shared Redis, so every
 * replica stops serving the old answers. A repeated delivery only bumps again.
 */
export function startCatalogInvalidation(options: {
  generation: CatalogGeneration;
  stockFlags: StockFlags;
  redisUrl: string;
  queuePrefix?: string;
  logger: Logger;
}): RunningWorker {
  const bump = () => options.generation.bump();
  const handlers: EventHandlers = {
    ...Object.fromEntries(CATALOG_EVENTS.map((name) => [name, bump])),
    'inventory.stock_changed': async ({ payload }) => {
      if (await options.stockFlags.flipped(payload.variantId, payload.available > 0)) await bump();
    },
  };
  return startEventWorker('router', handlers, {
    redisUrl: options.redisUrl,
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
    logger: options.logger,
  });
}
