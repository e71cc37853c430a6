import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import { closeConnection, createQueueConnection, startEventWorker, startOutboxRelay } from '@msa/events';
import { createLogger, startSubgraphServer, type Logger, type RunningSubgraph } from '@msa/subgraph-kit';
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
  const logger = options.logger ?? createLogger('reviews');
  const db = createReviewsDb(options.databaseUrl);
  const connection = createQueueConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'reviews redis connection error'));
  const prefix = options.queuePrefix ? { prefix: options.queuePrefix } : {};

  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    ...prefix,
    logger,
  });
  const events = startEventWorker(
    'reviews',
    { ...reviewEventHandlers(db), ...reviewPrivacyHandlers(db) },
    {
      connection,
      ...prefix,
      concurrency: options.workerConcurrency ?? 4,
      logger,
    },
  );

  const stopBackground = async () => {
    await events.stop();
    await relay.stop();
    await closeConnection(connection);
    await db.$disconnect();
  };

  try {
    return await startSubgraphServer<ReviewsContext>({
      name: 'reviews',
      schema: await buildReviewsSchema(),
      cacheHints: true,
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => connection.ping(),
      },
      extendContext: (base) => ({ ...base, db }),
      onStop: stopBackground,
    });
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
