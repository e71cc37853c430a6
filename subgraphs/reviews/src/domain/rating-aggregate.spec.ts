import { describe, expect, it } from 'vitest';
import {
  BAYESIAN_PRIOR,
  bayesianAverage,
  EMPTY_AGGREGATE,
  ratingDelta,
  summarizeRating,
  type CountedReview,
  type RatingAggregate,
  type RatingBuckets,
} from './rating-aggregate';
import type { ReviewStatus } from './review';

function add(aggregate: RatingAggregate, delta: RatingAggregate | null): RatingAggregate {
  if (!delta) return aggregate;
  return {
    count: aggregate.count + delta.count,
    sum: aggregate.sum + delta.sum,
    buckets: aggregate.buckets.map((n, i) => n + delta.buckets[i]!) as RatingBuckets,
  };
}

function fromScratch(reviews: CountedReview[]): RatingAggregate {
  return reviews.reduce((aggregate, review) => add(aggregate, ratingDelta(null, review)), EMPTY_AGGREGATE);
}

const published = (rating: number): CountedReview => ({ status: 'PUBLISHED', rating });

describe('ratingDelta', () => {
  it('counts only published reviews', () => {
    expect(ratingDelta(null, { status: 'PENDING', rating: 5 })).toBeNull();
    expect(ratingDelta(null, published(4))).toEqual({ count: 1, sum: 4, buckets: [0, 0, 0, 1, 0] });
  });

  it('adds on approval, removes on rejection and deletion', () => {
    expect(ratingDelta({ status: 'PENDING', rating: 2 }, published(2))).toEqual({
      count: 1,
      sum: 2,
      buckets: [0, 1, 0, 0, 0],
    });
    expect(ratingDelta(published(2), { status: 'REJECTED', rating: 2 })).toEqual({
      count: -1,
      sum: -2,
      buckets: [0, -1, 0, 0, 0],
    });
    expect(ratingDelta(published(5), null)).toEqual({ count: -1, sum: -5, buckets: [0, 0, 0, 0, -1] });
    expect(ratingDelta({ status: 'REJECTED', rating: 1 }, null)).toBeNull();
  });

  it('moves an edited published review between buckets without changing the count', () => {
    expect(ratingDelta(published(5), published(3))).toEqual({ count: 0, sum: -2, buckets: [0, 0, 1, 0, -1] });
    expect(ratingDelta(published(3), published(3))).toBeNull();
  });

  it('keeps an incrementally maintained aggregate equal to a recount after any sequence of changes', () => {
    const statuses: ReviewStatus[] = ['PENDING', 'PUBLISHED', 'REJECTED'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const reviews = new Map<number, CountedReview>();
    let aggregate = EMPTY_AGGREGATE;
    for (let step = 0; step < 500; step += 1) {
      const id = random(20);
      const before = reviews.get(id) ?? null;
      const after = random(6) === 0 ? null : { status: statuses[random(3)]!, rating: 1 + random(5) };
      aggregate = add(aggregate, ratingDelta(before, after));
      if (after) reviews.set(id, after);
      else reviews.delete(id);
      expect(aggregate).toEqual(fromScratch([...reviews.values()]));
    }
  });
});

describe('summarizeRating', () => {
  it('uses a prior of 5 pseudo-reviews at 3.5 stars', () => {
    expect(BAYESIAN_PRIOR).toEqual({ weight: 5, mean: 3.5 });
  });

  it('describes a product without reviews by the prior alone', () => {
    expect(summarizeRating(EMPTY_AGGREGATE)).toEqual({
      average: null,
      bayesianAverage: 3.5,
      count: 0,
      distribution: [5, 4, 3, 2, 1].map((rating) => ({ rating, count: 0 })),
    });
  });

  it('pulls few reviews towards the prior and many towards their mean', () => {
    const one = fromScratch([published(5)]);
    expect(summarizeRating(one)).toMatchObject({ average: 5, bayesianAverage: 3.75, count: 1 });
    const many = fromScratch([
      ...Array.from({ length: 95 }, () => published(5)),
      ...Array.from({ length: 5 }, () => published(1)),
    ]);
    // (5 × 3.5 + 95 × 5 + 5 × 1) / 105 = 497.5 / 105
    expect(summarizeRating(many)).toMatchObject({ average: 4.8, bayesianAverage: 4.74, count: 100 });
    expect(summarizeRating(many).bayesianAverage).toBeGreaterThan(summarizeRating(one).bayesianAverage);
  });

  it('rounds averages to two decimals and lists the distribution from 5 stars down', () => {
    const aggregate = fromScratch([published(5), published(4), published(4)]);
    expect(summarizeRating(aggregate)).toEqual({
      average: 4.33,
      bayesianAverage: bayesianAverage({ count: 3, sum: 13 }),
      count: 3,
      distribution: [
        { rating: 5, count: 1 },
        { rating: 4, count: 2 },
        { rating: 3, count: 0 },
        { rating: 2, count: 0 },
        { rating: 1, count: 0 },
      ],
    });
    expect(bayesianAverage({ count: 3, sum: 13 })).toBe(3.81);
  });
});
