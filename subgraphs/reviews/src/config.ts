import { loadSubgraphConfig, subgraphEnv } from '@msa/subgraph-kit';
import { z } from 'zod';

/** The reviews service's environment, on top of the settings every subgraph reads. */
export const reviewsEnv = subgraphEnv('reviews').extend({
  REVIEWS_WORKER_CONCURRENCY: z.coerce
    .number({ error: 'REVIEWS_WORKER_CONCURRENCY must be a number' })
    .int('REVIEWS_WORKER_CONCURRENCY must be a whole number')
    .min(1, 'REVIEWS_WORKER_CONCURRENCY must be at least 1')
    .default(4),
});

export function loadReviewsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('reviews', reviewsEnv, env);
  return { ...config, workerConcurrency: config.env.REVIEWS_WORKER_CONCURRENCY };
}
