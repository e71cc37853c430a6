import { describe, expect, it } from 'vitest';
import { loadReviewsConfig } from './config';

describe('loadReviewsConfig', () => {
  it('defaults to the local setup', () => {
    expect(loadReviewsConfig({})).toMatchObject({
      PORT: 4009,
      REVIEWS_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/msa_reviews',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWKS_URL: 'http://localhost:4001/.well-known/jwks.json',
      REVIEWS_WORKER_CONCURRENCY: 4,
    });
    expect(loadReviewsConfig({}).QUEUE_PREFIX).toBeUndefined();
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
      PORT: 5009,
      REVIEWS_DATABASE_URL: 'postgresql://db.internal:5432/reviews',
      QUEUE_PREFIX: 'staging',
      REVIEWS_WORKER_CONCURRENCY: 8,
    });
    expect(
      loadReviewsConfig({ DATABASE_URL: 'postgresql://pg.internal:5432/postgres' }).REVIEWS_DATABASE_URL,
    ).toBe('postgresql://pg.internal:5432/msa_reviews');
  });

  it('names every bad value', () => {
    const load = () => loadReviewsConfig({ REVIEWS_WORKER_CONCURRENCY: '0', REVIEWS_DATABASE_URL: 'nope' });
    expect(load).toThrow(/REVIEWS_WORKER_CONCURRENCY: REVIEWS_WORKER_CONCURRENCY must be at least 1/);
    expect(load).toThrow(/REVIEWS_DATABASE_URL: /);
  });
});
