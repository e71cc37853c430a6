import { describe, expect, it } from 'vitest';
import { averageLabel, ratingDistributionRows, reviewCountLabel } from './rating-distribution';

describe('rating distribution', () => {
  it('lists every star from 5 to 1 with its share', () => {
    expect(
      ratingDistributionRows([
        { rating: 5, count: 3 },
        { rating: 1, count: 1 },
      ]),
    ).toEqual([
      { rating: 5, count: 3, percent: 75 },
      { rating: 4, count: 0, percent: 0 },
      { rating: 3, count: 0, percent: 0 },
      { rating: 2, count: 0, percent: 0 },
      { rating: 1, count: 1, percent: 25 },
    ]);
  });

  it('shows zero shares without reviews', () => {
    expect(ratingDistributionRows([]).every((row) => row.percent === 0)).toBe(true);
  });

  it('labels the average and the count', () => {
    expect(averageLabel(4.26)).toBe('4.3 out of 5');
    expect(averageLabel(4)).toBe('4.0 out of 5');
    expect(averageLabel(null)).toBeNull();
    expect(reviewCountLabel(1)).toBe('1 review');
    expect(reviewCountLabel(2)).toBe('2 reviews');
  });
});
