import { describe, expect, it } from 'vitest';
import {
  hasText,
  isSearchPageCursor,
  MAX_SEARCH_DEPTH,
  searchInputProblems,
  toSearchRequest,
} from './search-request';

const base = { offset: 0, limit: 20 };

describe('search requests', () => {
  it('normalize the query, drop empty filter values and sort category ids', () => {
    expect(
      toSearchRequest({
        ...base,
        query: ' Wireless  Headphones ',
        filter: { categoryIds: ['b', ' a ', 'b', ''], minPrice: null, inStock: false, minRating: 4 },
      }),
    ).toEqual({
      text: 'wireless headphones',
      filter: { categoryIds: ['a', 'b'], minRating: 4 },
      sort: 'RELEVANCE',
      offset: 0,
      limit: 20,
    });
  });

  it('treat a query of punctuation as no text', () => {
    expect(hasText(toSearchRequest({ ...base, query: ' ?! ' }))).toBe(false);
    expect(hasText(toSearchRequest({ ...base, query: 'lamp' }))).toBe(true);
  });

  it('report each invalid argument with its field', () => {
    const problems = searchInputProblems({
      ...base,
      offset: MAX_SEARCH_DEPTH,
      query: 'x'.repeat(201),
      filter: {
        minPrice: 500,
        maxPrice: 100,
        minRating: 6,
        categoryIds: Array.from({ length: 21 }, (_, i) => `c${i}`),
      },
    });
    expect(problems.map((problem) => problem.field.join('.'))).toEqual([
      'query',
      'filter.categoryIds',
      'filter.minPrice',
      'filter.minRating',
      'after',
    ]);
    expect(searchInputProblems({ ...base, filter: { minPrice: -1, maxPrice: 1.5 } })).toHaveLength(2);
    expect(
      searchInputProblems({ ...base, query: 'lamp', filter: { minPrice: 0, maxPrice: 0, minRating: 0 } }),
    ).toEqual([]);
  });

  it('accept only cursors they issued', () => {
    const searchId = '5d6f8a52-2a46-4c51-9d1b-3f0a9e1f2c3d';
    expect(isSearchPageCursor({ searchId, offset: 20 })).toBe(true);
    expect(isSearchPageCursor({ searchId, offset: 0 })).toBe(false);
    expect(isSearchPageCursor({ searchId, offset: 2.5 })).toBe(false);
    expect(isSearchPageCursor({ searchId: 'x', offset: 20 })).toBe(false);
    expect(isSearchPageCursor('20')).toBe(false);
  });
});
