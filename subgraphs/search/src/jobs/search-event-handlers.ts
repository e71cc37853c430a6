import type { DomainEvent, EventHandlers } from '@msa/events';
import type { IndexQueueRepo } from '../data/index-queue.repo';
import { inTransactionOnce, type SearchDb, type SearchTx } from '../data/database';
import type { ProductFactsRepo } from '../data/product-facts.repo';
import type { PurchaseRepo } from '../data/purchase.repo';
import { productsOfOrder } from '../domain/co-occurrence';
import { catalogFactsOf } from '../domain/product-facts';

export interface SearchEventDeps {
  db: SearchDb;
  facts: ProductFactsRepo;
  queue: IndexQueueRepo;
  purchases: PurchaseRepo;
  /** Called after a commit that queued products for reindexing. */
  onQueued: () => void;
}

/**
 * Search's event handlers. Catalog, stock and rating events update the read model and queue the product
 * for reindexing in the same transaction as the inbox record; orders feed the co-purchase counts behind
 * recommendations. A redelivered message finds its inbox record and changes nothing.
 */
export function searchEventHandlers(deps: SearchEventDeps): EventHandlers {
  const once = async (event: DomainEvent, work: (tx: SearchTx) => Promise<void>) => {
    await inTransactionOnce(deps.db, event.id, work);
  };

  const reindexing = async (
    event: DomainEvent,
    change: (tx: SearchTx, occurredAt: Date) => Promise<string[]>,
  ) => {
    let queued = false;
    await once(event, async (tx) => {
      const productIds = await change(tx, new Date(event.occurredAt));
      await deps.queue.enqueue(tx, productIds);
      queued = productIds.length > 0;
    });
    if (queued) deps.onQueued();
  };

  return {
    'product.changed': (event) =>
      reindexing(event, (tx, at) => deps.facts.applyCatalog(tx, catalogFactsOf(event.payload), at)),

    'product.variant.changed': (event) =>
      reindexing(event, (tx, at) => deps.facts.applyVariant(tx, event.payload, at)),

    'inventory.stock_changed': (event) =>
      reindexing(event, (tx, at) => deps.facts.applyStock(tx, event.payload, at)),

    'product.rating_changed': (event) =>
      reindexing(event, (tx, at) => deps.facts.applyRating(tx, event.payload, at)),

    // The product's aggregate follows as product.rating_changed, which is what the index uses.
    'review.published': async () => undefined,

    'order.placed': (event) =>
      once(event, async (tx) => {
        const { orderId, customerId, lines } = event.payload;
        const productOf = await deps.facts.productsOfVariants(
          tx,
          lines.map((line) => line.variantId),
        );
        await deps.purchases.recordPlaced(tx, {
          orderId,
          customerId,
          productIds: productsOfOrder(lines, productOf),
          placedAt: new Date(event.occurredAt),
        });
      }),

    // A guest order that became a registered customer's counts among what they bought.
    'order.claimed': (event) =>
      once(event, (tx) =>
        deps.purchases.recordClaimed(
          tx,
          event.payload.orderId,
          event.payload.customerId,
          new Date(event.occurredAt),
        ),
      ),

    // A cancelled order (a failed checkout among them) was not really bought together.
    'order.status_changed': async (event) => {
      if (event.payload.to !== 'CANCELLED') return;
      await once(event, (tx) =>
        deps.purchases.recordCancelled(tx, event.payload.orderId, new Date(event.occurredAt)),
      );
    },
  };
}
