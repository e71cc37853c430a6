import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  hasFilters,
  parseSearchState,
  searchHref,
  searchStateToQueryString,
  searchVariables,
  toggleCategory,
} from './search-state';

describe('search state in the URL', () => {
  it('round-trips every part through the query string', () => {
    const state = {
      query: 'wireless headphones',
      categoryIds: ['cat-1', 'cat-2'],
      price: { min: 2500, max: 5000 },
      minRating: 4,
      inStock: true,
      sort: 'PRICE_ASC' as const,
    };
    const query = searchStateToQueryString(state);
    expect(query).toBe(
      'q=wireless+headphones&category=cat-1&category=cat-2&price=2500-5000&rating=4&stock=1&sort=PRICE_ASC',
    );
    expect(parseSearchState(new URLSearchParams(query))).toEqual(state);
  });

  it('reads the record Next.js passes to a page', () => {
    expect(parseSearchState({ q: ' mugs ', category: 'c', price: '50000-' })).toEqual({
      ...EMPTY_SEARCH,
      query: 'mugs',
      categoryIds: ['c'],
      price: { min: 50000, max: null },
    });
  });

  it('leaves out defaults and ignores values it cannot read', () => {
    expect(searchHref(EMPTY_SEARCH)).toBe('/search');
    expect(parseSearchState({ sort: 'CHEAPEST', rating: '9', price: '50-10', stock: 'yes' })).toEqual(
      EMPTY_SEARCH,
    );
  });

  it('toggles a category', () => {
    const one = toggleCategory(EMPTY_SEARCH, 'a');
    expect(one.categoryIds).toEqual(['a']);
    expect(toggleCategory(one, 'a').categoryIds).toEqual([]);
    expect(hasFilters(one)).toBe(true);
    expect(hasFilters(EMPTY_SEARCH)).toBe(false);
  });
});

describe('search variables', () => {
  it('turns an exclusive range bound into an inclusive maxPrice', () => {
    const state = { ...EMPTY_SEARCH, query: 'hat', price: { min: 2500, max: 5000 }, minRating: 3 };
    expect(searchVariables(state, 12)).toEqual({
      query: 'hat',
      filter: { minPrice: 2500, maxPrice: 4999, minRating: 3 },
      sort: 'RELEVANCE',
      first: 12,
    });
  });

  it('browses without words and filters', () => {
    expect(searchVariables(EMPTY_SEARCH, 12)).toEqual({
      query: null,
      filter: {},
      sort: 'RELEVANCE',
      first: 12,
    });
  });
});
