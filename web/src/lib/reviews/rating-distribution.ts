export interface RatingBucket {
  rating: number;
  count: number;
}

export interface DistributionRow {
  rating: number;
  count: number;
  /** Share of all reviews, 0–100, rounded to a whole percent. */
  percent: number;
}

/** One row per star from 5 down to 1 (missing stars count 0), with each row's share of the reviews. */
export function ratingDistributionRows(buckets: readonly RatingBucket[]): DistributionRow[] {
  const counts = new Map(buckets.map((bucket) => [bucket.rating, bucket.count]));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return [5, 4, 3, 2, 1].map((rating) => {
    const count = counts.get(rating) ?? 0;
    return { rating, count, percent: total === 0 ? 0 : Math.round((count / total) * 100) };
  });
}

/** "4.3 out of 5" (one decimal), or null without reviews. */
export function averageLabel(average: number | null | undefined): string | null {
  return average == null ? null : `${(Math.round(average * 10) / 10).toFixed(1)} out of 5`;
}

/** "1 review", "23 reviews". */
export function reviewCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'review' : 'reviews'}`;
}
