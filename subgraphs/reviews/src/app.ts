import 'reflect-metadata';
import { startEventWorker } from '@msa/events';
import { defineSubgraph, type RunningSubgraph, type SubgraphOptions } from '@msa/subgraph-kit';
import { database } from './data/database';
import { reviewEventHandlers } from './jobs/review-event-handlers';
import { reviewPrivacyHandlers } from './jobs/privacy-handlers';
import { buildReviewsSchema } from './schema';
import type { ReviewsContext } from './schema/context';

export interface ReviewsSubgraphOptions extends SubgraphOptions {
  /** Events processed in parallel; default 4. */
  workerConcurrency?: number;
}

/**
 * The reviews subgraph with everything it runs in process: the GraphQL server, the outbox relay that publishes
 * review.published and product.rating_changed, and the worker of events.reviews (catalog variants and orders,
 * for known products and verified purchases). stop() ends all of them.
 */
export async function createReviewsSubgraph(options: ReviewsSubgraphOptions): Promise<RunningSubgraph> {
  return defineSubgraph<ReviewsContext>({ name: 'reviews', ...options }, async (kit) => {
    const db = kit.connectDatabase(database);
    kit.use(
      startEventWorker(
        'reviews',
        { ...reviewEventHandlers(db), ...reviewPrivacyHandlers(db) },
        { ...kit.workerOptions, concurrency: options.workerConcurrency ?? 4 },
      ),
      'event worker',
    );
    return {
      schema: await buildReviewsSchema(),
      cacheHints: true,
      context: (base) => ({ ...base, db }),
    };
  });
}
