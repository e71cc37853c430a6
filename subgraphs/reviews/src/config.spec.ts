import { describe, expect, it } from 'vitest';
import { loadReviewsConfig } from './config';

describe('loadReviewsConfig', () => {
  it('defaults to the local setup', () => {
    expect(loadReviewsConfig({})).toMatchObject({
      port: 4009,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_reviews',
      redisUrl: 'redis://127.0.0.1:6379',
      jwksUrl: 'http://localhost:4001/.well-known/jwks.json',
      workerConcurrency: 4,
    });
    expect(loadReviewsConfig({}).queuePrefix).toBeUndefined();
  });

  it('reads every setting from the environment', () => {
    expect(
      loadReviewsConfig({
        PORT: '5009',
        REVIEWS_DATABASE_URL: 'postgresql://db.internal:5432/reviews',
        QUEUE_PREFIX: 'staging',
        REVIEWS_WORKER_CONCURRENCY: '8',
      }),
    ).toMatchObject({
      port: 5009,
      databaseUrl: 'postgresql://db.internal:5432/reviews',
      queuePrefix: 'staging',
      workerConcurrency: 8,
    });
    expect(loadReviewsConfig({ DATABASE_URL: 'postgresql://pg.internal:5432/postgres' }).databaseUrl).toBe(
      'postgresql://pg.internal:5432/msa_reviews',
    );
  });

  it('names every bad value', () => {
    const load = () => loadReviewsConfig({ REVIEWS_WORKER_CONCURRENCY: '0', REVIEWS_DATABASE_URL: 'nope' });
    expect(load).toThrow(/REVIEWS_WORKER_CONCURRENCY: must be a whole number 1 or more/);
    expect(load).toThrow(/REVIEWS_DATABASE_URL: /);
  });
});
