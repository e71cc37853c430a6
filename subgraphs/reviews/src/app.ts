import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import { startEventWorker } from '@msa/events';
import { defineSubgraph, type Logger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createReviewsDb, pingDatabase } from './data/database';
import { reviewEventHandlers } from './jobs/review-event-handlers';
import { reviewPrivacyHandlers } from './jobs/privacy-handlers';
import { buildReviewsSchema } from './schema';
import type { ReviewsContext } from './schema/context';

export interface ReviewsSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  /** BullMQ key prefix, so parallel test runs and environments sharing a Redis do not collide. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
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
    const db = createReviewsDb(options.databaseUrl);
    kit.defer(() => db.$disconnect(), 'database');
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
      pingDatabase: () => pingDatabase(db),
      context: (base) => ({ ...base, db }),
    };
  });
}
