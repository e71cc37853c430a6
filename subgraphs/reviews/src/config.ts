import { loadSubgraphConfig, subgraphEnv, wholeNumberEnv } from '@msa/subgraph-kit';

/** The reviews service's environment, on top of the settings every subgraph reads. */
export const reviewsEnv = subgraphEnv('reviews').extend({
  REVIEWS_WORKER_CONCURRENCY: wholeNumberEnv({ min: 1 }, 4),
});

export function loadReviewsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('reviews', reviewsEnv, env);
  return { ...config, workerConcurrency: config.env.REVIEWS_WORKER_CONCURRENCY };
}
