/** What a search page shows, as kept in its URL (`/search?q=…&category=…&price=…&rating=…&stock=1&sort=…`). */
export interface SearchState {
  query: string;
  categoryIds: string[];
  /** One price range `[min, max)` in minor units; `max` null for "and above". */
  price: { min: number; max: number | null } | null;
  /** "N stars & up". */
  minRating: number | null;
  inStock: boolean;
  sort: SearchSortValue;
}

export const SEARCH_SORTS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST', 'RATING'] as const;
export type SearchSortValue = (typeof SEARCH_SORTS)[number];

export const SEARCH_SORT_LABELS: Record<SearchSortValue, string> = {
  RELEVANCE: 'Best match',
  PRICE_ASC: 'Price: low to high',
  PRICE_DESC: 'Price: high to low',
  NEWEST: 'Newest',
  RATING: 'Best rated',
};

export const EMPTY_SEARCH: SearchState = {
  query: '',
  categoryIds: [],
  price: null,
  minRating: null,
  inStock: false,
  sort: 'RELEVANCE',
};

/** Query-string values as Next.js hands them to a page (`searchParams`), or a URLSearchParams. */
export type QueryValues = URLSearchParams | Record<string, string | string[] | undefined>;

function all(values: QueryValues, key: string): string[] {
  if (values instanceof URLSearchParams) return values.getAll(key);
  const value = values[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(values: QueryValues, key: string): string | undefined {
  return all(values, key)[0];
}

function parsePrice(text: string | undefined): SearchState['price'] {
  const match = /^(\d+)-(\d*)$/.exec(text ?? '');
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] ? Number(match[2]) : null;
  if (max !== null && max <= min) return null;
  return { min, max };
}

/** Reads the URL's query string; anything unreadable falls back to "no filter". */
export function parseSearchState(values: QueryValues): SearchState {
  const sort = first(values, 'sort');
  const rating = Number(first(values, 'rating'));
  return {
    query: (first(values, 'q') ?? '').trim().slice(0, 200),
    categoryIds: [...new Set(all(values, 'category').filter(Boolean))].slice(0, 20),
    price: parsePrice(first(values, 'price')),
    minRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    inStock: first(values, 'stock') === '1',
    sort: SEARCH_SORTS.includes(sort as SearchSortValue) ? (sort as SearchSortValue) : 'RELEVANCE',
  };
}

/** The query string of a state (without "?"), leaving out defaults so URLs stay short and shareable. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const id of state.categoryIds) params.append('category', id);
  if (state.price) params.set('price', `${state.price.min}-${state.price.max ?? ''}`);
  if (state.minRating !== null) params.set('rating', String(state.minRating));
  if (state.inStock) params.set('stock', '1');
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  return params.toString();
}

/** The page's URL for a state. */
export function searchHref(state: SearchState): string {
  const query = searchStateToQueryString(state);
  return query ? `/search?${query}` : '/search';
}

/** Adds the category when absent, removes it when present. */
export function toggleCategory(state: SearchState, categoryId: string): SearchState {
  const categoryIds = state.categoryIds.includes(categoryId)
    ? state.categoryIds.filter((id) => id !== categoryId)
    : [...state.categoryIds, categoryId];
  return { ...state, categoryIds };
}

export interface SearchVariables {
  query: string | null;
  filter: {
    categoryIds?: string[];
    minPrice?: number;
    maxPrice?: number;
    inStock?: boolean;
    minRating?: number;
  };
  sort: SearchSortValue;
  first: number;
}

/**
 * The `search` query's variables. A price range's upper bound is exclusive in the facets while `maxPrice` is
 * inclusive, so the filter stops one cent below it.
 */
export function searchVariables(state: SearchState, pageSize: number): SearchVariables {
  const filter: SearchVariables['filter'] = {};
  if (state.categoryIds.length > 0) filter.categoryIds = state.categoryIds;
  if (state.price) {
    if (state.price.min > 0) filter.minPrice = state.price.min;
    if (state.price.max !== null) filter.maxPrice = state.price.max - 1;
  }
  if (state.inStock) filter.inStock = true;
  if (state.minRating !== null) filter.minRating = state.minRating;
  return { query: state.query || null, filter, sort: state.sort, first: pageSize };
}

/** Whether any filter (not the words or the sort) narrows the results. */
export function hasFilters(state: SearchState): boolean {
  return state.categoryIds.length > 0 || state.price !== null || state.minRating !== null || state.inStock;
}
