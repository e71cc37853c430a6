import { describe, expect, it } from 'vitest';
import { priceRangeFacets, priceRangeIndex, priceRanges, ratingFacets, sortCategoryFacets } from './facets';

describe('facets', () => {
  it('split prices into contiguous ranges with an open top', () => {
    const ranges = priceRanges();
    expect(ranges[0]).toEqual({ min: 0, max: 2500 });
    expect(ranges.at(-1)).toEqual({ min: 50000, max: null });
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]!.min).toBe(ranges[i - 1]!.max);
  });

  it('place a price in the range whose bounds contain it', () => {
    expect(priceRangeIndex(0)).toBe(0);
    expect(priceRangeIndex(2499)).toBe(0);
    expect(priceRangeIndex(2500)).toBe(1);
    expect(priceRangeIndex(1_000_000)).toBe(5);
  });

  it('leave out empty price ranges and rating thresholds', () => {
    expect(
      priceRangeFacets(
        new Map([
          [1, 3],
          [5, 1],
        ]),
      ),
    ).toEqual([
      { min: 2500, max: 5000, count: 3 },
      { min: 50000, max: null, count: 1 },
    ]);
    expect(
      ratingFacets(
        new Map([
          [4, 2],
          [3, 0],
          [1, 5],
        ]),
      ),
    ).toEqual([
      { value: 4, count: 2 },
      { value: 1, count: 5 },
    ]);
  });

  it('order categories by count, then name', () => {
    expect(
      sortCategoryFacets([
        { value: 'b', label: 'Speakers', count: 2 },
        { value: 'a', label: 'Audio', count: 5 },
        { value: 'c', label: 'Headphones', count: 2 },
        { value: 'd', label: 'Empty', count: 0 },
      ]).map((facet) => facet.label),
    ).toEqual(['Audio', 'Headphones', 'Speakers']);
  });
});
