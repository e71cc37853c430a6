import type { Logger } from '@msa/subgraph-kit';
import type { SearchCache } from '../cache/search-cache';
import type { SearchTx } from '../data/database';
import type { IndexQueueRepo } from '../data/index-queue.repo';
import type { ProductFactsRepo } from '../data/product-facts.repo';
import { indexChangeFor, type RemovedDocument, type SearchDocument } from '../domain/search-document';
import type { SearchEngine } from '../engine/search-engine';
import { coalescingRunner } from '@msa/events';

export interface IndexFlusherOptions {
  queue: IndexQueueRepo;
  facts: ProductFactsRepo;
  engine: SearchEngine;
  cache: SearchCache;
  logger: Logger;
  /** Products rebuilt per engine write; default 250. */
  batchSize?: number;
  /** Fallback poll for entries whose wake-up was lost (another replica's events, a crash); default 1000 ms. */
  pollIntervalMs?: number;
  /**
   * Runs a batch's reads (the queue entries, then their products' facts) as one Postgres transaction
   * instead of three; without it each read is a transaction of its own.
   */
  readTogether?: <T>(read: (tx: SearchTx) => Promise<T>) => Promise<T>;
}

export interface IndexFlusher {
  /** Starts a flush soon (after the one running, if any); errors are logged and retried at the next poll. */
  wake(): void;
  /** Flushes everything queued now; resolves with the number of products written to the engine. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Moves queued products into the search engine in batches: rebuild each document from the read model,
 * upsert the searchable ones and remove the rest (with their versions), then make the writes visible and
 * invalidate the cache once per drain. A failed write leaves the entries queued for the next attempt.
 */
export function startIndexFlusher(options: IndexFlusherOptions): IndexFlusher {
  const batchSize = options.batchSize ?? 250;
  let stopped = false;
  // Writes the engine accepted but searches may not see yet (a failed refresh is retried by the next drain).
  let unpublished = false;

  const flushBatch = async (): Promise<number> => {
    const batch = async (tx?: SearchTx) => {
      const entries = await options.queue.next(batchSize, tx);
      if (!entries.length) return null;
      const facts = await options.facts.load(
        entries.map((entry) => entry.productId),
        tx,
      );
      return { entries, ...facts };
    };
    const read = options.readTogether ? await options.readTogether(batch) : await batch();
    if (!read) return 0;
    const { entries, products, variants } = read;
    const upserts: SearchDocument[] = [];
    const removals: RemovedDocument[] = [];
    for (const product of products) {
      const change = indexChangeFor(
        product,
        variants.filter((variant) => variant.productId === product.productId),
      );
      if (change.kind === 'upsert') upserts.push(change.document);
      else removals.push(change.removed);
    }
    if (upserts.length) await options.engine.upsertProducts(upserts);
    if (removals.length) await options.engine.removeProducts(removals);
    await options.queue.complete(entries);
    return entries.length;
  };

  const drain = async (): Promise<number> => {
    let written = 0;
    while (!stopped) {
      const count = await flushBatch();
      written += count;
      if (count) unpublished = true;
      if (count < batchSize) break;
    }
    if (unpublished) {
      await options.engine.refresh();
      await options.cache.invalidate();
      unpublished = false;
      options.logger.debug({ products: written }, 'search index updated');
    }
    return written;
  };

  const runner = coalescingRunner(drain);
  const wake = () => {
    if (stopped) return;
    runner
      .run()
      .catch((error: unknown) =>
        options.logger.error({ err: error }, 'search index flush failed; retrying at the next poll'),
      );
  };
  const timer = setInterval(wake, options.pollIntervalMs ?? 1000);
  timer.unref();
  wake();

  return {
    wake,
    flush: () => (stopped ? Promise.reject(new Error('index flusher is stopped')) : runner.run()),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await runner.idle();
    },
  };
}
