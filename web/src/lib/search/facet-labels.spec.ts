import { describe, expect, it } from 'vitest';
import { priceRangeLabel, ratingThresholdLabel, resultCountLabel } from './facet-labels';

describe('facet labels', () => {
  it('names price ranges', () => {
    expect(priceRangeLabel(0, 2500)).toBe('Under $25');
    expect(priceRangeLabel(2500, 5000)).toBe('$25 – $50');
    expect(priceRangeLabel(50000, null)).toBe('$500 and above');
    expect(priceRangeLabel(1050, 2000)).toBe('$10.50 – $20');
  });

  it('names rating thresholds and counts', () => {
    expect(ratingThresholdLabel(4)).toBe('4 stars & up');
    expect(ratingThresholdLabel(1)).toBe('1 star & up');
    expect(resultCountLabel(1)).toBe('1 result');
    expect(resultCountLabel(0)).toBe('0 results');
  });
});
