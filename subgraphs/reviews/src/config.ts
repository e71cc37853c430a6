import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

/** The reviews service's environment, on top of the settings every subgraph reads. */
export const reviewsEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  REVIEWS_DATABASE_URL: z.string().url().optional(),
  QUEUE_PREFIX: z.string().min(1).optional(),
  REVIEWS_WORKER_CONCURRENCY: z.coerce
    .number({ error: 'REVIEWS_WORKER_CONCURRENCY must be a number' })
    .int('REVIEWS_WORKER_CONCURRENCY must be a whole number')
    .min(1, 'REVIEWS_WORKER_CONCURRENCY must be at least 1')
    .default(4),
});

export type ReviewsConfig = z.infer<typeof reviewsEnv> & { PORT: number; REVIEWS_DATABASE_URL: string };

export function loadReviewsConfig(env: NodeJS.ProcessEnv = process.env): ReviewsConfig {
  const config = loadConfig(reviewsEnv, env);
  return {
    ...config,
    PORT: config.PORT ?? subgraphPort('reviews', env),
    REVIEWS_DATABASE_URL: config.REVIEWS_DATABASE_URL ?? databaseUrlFor('reviews', env),
  };
}
