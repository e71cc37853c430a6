import { describe, expect, it } from 'vitest';
import { searchCacheKey, suggestCacheKey } from './search-cache-key';
import type { SearchRequest } from './search-request';

const base: SearchRequest = {
  text: 'lamp',
  filter: { categoryIds: ['a', 'b'], minPrice: 100 },
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
};

describe('cache keys', () => {
  it('are equal for the same search however the filter was ordered', () => {
    expect(searchCacheKey(base)).toBe(
      searchCacheKey({ ...base, filter: { minPrice: 100, categoryIds: ['b', 'a'] } }),
    );
  });

  it('differ when anything that changes the answer differs', () => {
    const key = searchCacheKey(base);
    for (const other of [
      { ...base, text: 'lamps' },
      { ...base, filter: { ...base.filter, inStock: true } },
      { ...base, filter: { ...base.filter, minPrice: 101 } },
      { ...base, sort: 'NEWEST' as const },
      { ...base, offset: 20 },
      { ...base, limit: 10 },
    ]) {
      expect(searchCacheKey(other)).not.toBe(key);
    }
    expect(suggestCacheKey(['head'], 5)).not.toBe(suggestCacheKey(['head'], 6));
  });
});
