import { MAX_RATING, MIN_RATING, type ReviewStatus } from './review';

/**
 * The prior of the Bayesian average: every product starts as if it had PRIOR_WEIGHT reviews of PRIOR_MEAN
 * stars, so one 5-star review does not outrank a hundred 4.8-star ones. A fixed prior (rather than the
 * shop-wide mean) keeps each product's number independent of other products' reviews, so the aggregate can
 * be updated incrementally and the published number never goes stale.
 */
export const BAYESIAN_PRIOR = { weight: 5, mean: 3.5 } as const;

/** Counts per star, index 0 = 1 star … index 4 = 5 stars. */
export type RatingBuckets = [number, number, number, number, number];

/** A product's stored rating over its PUBLISHED reviews. */
export interface RatingAggregate {
  count: number;
  sum: number;
  buckets: RatingBuckets;
}

/** A change to add to a RatingAggregate; each field is a difference. */
export type RatingDelta = RatingAggregate;

export const EMPTY_AGGREGATE: RatingAggregate = { count: 0, sum: 0, buckets: [0, 0, 0, 0, 0] };

/** The facts of a review that decide whether and how it counts. */
export interface CountedReview {
  status: ReviewStatus;
  rating: number;
}

function contribution(review: CountedReview | null): RatingAggregate {
  if (!review || review.status !== 'PUBLISHED') return EMPTY_AGGREGATE;
  const buckets: RatingBuckets = [0, 0, 0, 0, 0];
  buckets[review.rating - MIN_RATING] = 1;
  return { count: 1, sum: review.rating, buckets };
}

/**
 * What a review's change does to its product's aggregate: only PUBLISHED reviews count, so publishing adds,
 * unpublishing or deleting removes, and editing a published review moves it between buckets. Null when the
 * aggregate does not change (a held review was edited, a rejected one deleted…).
 */
export function ratingDelta(before: CountedReview | null, after: CountedReview | null): RatingDelta | null {
  const removed = contribution(before);
  const added = contribution(after);
  const buckets = added.buckets.map((n, i) => n - removed.buckets[i]!) as RatingBuckets;
  const delta = { count: added.count - removed.count, sum: added.sum - removed.sum, buckets };
  return buckets.every((n) => n === 0) ? null : delta;
}

export interface RatingSummary {
  /** Arithmetic mean rounded to two decimals; null without reviews. */
  average: number | null;
  /** (weight × mean + sum) / (weight + count), rounded to two decimals. */
  bayesianAverage: number;
  count: number;
  /** One entry per star, 5 stars first. */
  distribution: { rating: number; count: number }[];
}

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function bayesianAverage(aggregate: Pick<RatingAggregate, 'count' | 'sum'>): number {
  const { weight, mean } = BAYESIAN_PRIOR;
  return roundTo2((weight * mean + aggregate.sum) / (weight + aggregate.count));
}

export function summarizeRating(aggregate: RatingAggregate): RatingSummary {
  const distribution = [];
  for (let rating = MAX_RATING; rating >= MIN_RATING; rating -= 1) {
    distribution.push({ rating, count: aggregate.buckets[rating - MIN_RATING]! });
  }
  return {
    average: aggregate.count ? roundTo2(aggregate.sum / aggregate.count) : null,
    bayesianAverage: bayesianAverage(aggregate),
    count: aggregate.count,
    distribution,
  };
}
