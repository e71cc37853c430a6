import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createReviewsSubgraph } from './app';
import { loadReviewsConfig } from './config';

const config = loadReviewsConfig();
await runSubgraph('reviews', config.LOG_LEVEL, (logger) =>
  createReviewsSubgraph({
    databaseUrl: config.REVIEWS_DATABASE_URL,
    redisUrl: config.REDIS_URL,
    port: config.PORT,
    host: config.HOST,
    verifier: createAccessTokenVerifier(remoteKeys(config.JWKS_URL)),
    logger,
    workerConcurrency: config.REVIEWS_WORKER_CONCURRENCY,
    ...(config.QUEUE_PREFIX ? { queuePrefix: config.QUEUE_PREFIX } : {}),
  }),
);
