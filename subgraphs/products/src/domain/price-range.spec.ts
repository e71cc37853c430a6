import { describe, expect, it } from 'vitest';
import { priceRange } from './price-range';

describe('priceRange', () => {
  it('is null without prices', () => {
    expect(priceRange([])).toBeNull();
  });

  it('is a single point for one price', () => {
    expect(priceRange([1999])).toEqual({ min: 1999, max: 1999 });
  });

  it('finds the lowest and highest in any order, including free items', () => {
    expect(priceRange([4999, 0, 12999, 2500])).toEqual({ min: 0, max: 12999 });
  });
});
