import { MAX_QUERY_LENGTH, normalizeQuery, queryWords } from './search-text';

export const SEARCH_SORTS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST', 'RATING'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Narrows a search; every given condition must hold. Prices are minor units, ratings 0–5. */
export interface SearchFilter {
  /** Products filed under any of these categories or below them. */
  categoryIds?: string[];
  /** A variant costs at least this much. */
  minPrice?: number;
  /** A variant costs at most this much. */
  maxPrice?: number;
  /** True: only products with a variant in stock. False or absent: no condition. */
  inStock?: boolean;
  /** Average rating at least this. */
  minRating?: number;
}

/** What an engine is asked: the query already normalized and validated. */
export interface SearchRequest {
  /** Normalized words joined by spaces; empty lists everything the filter admits. */
  text: string;
  filter: SearchFilter;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export const MAX_FILTER_CATEGORIES = 20;
/** Deepest result a client can page to; engines answer deep pages slowly and nobody reads them. */
export const MAX_SEARCH_DEPTH = 5_000;

export interface RequestProblem {
  message: string;
  field: string[];
}

export interface SearchInput {
  query?: string | null;
  filter?: {
    categoryIds?: string[] | null;
    minPrice?: number | null;
    maxPrice?: number | null;
    inStock?: boolean | null;
    minRating?: number | null;
  } | null;
  sort?: SearchSort | null;
  offset: number;
  limit: number;
}

function cleanFilter(filter: SearchInput['filter']): SearchFilter {
  const result: SearchFilter = {};
  const ids = [...new Set((filter?.categoryIds ?? []).map((id) => id.trim()).filter(Boolean))].sort();
  if (ids.length) result.categoryIds = ids;
  if (filter?.minPrice != null) result.minPrice = filter.minPrice;
  if (filter?.maxPrice != null) result.maxPrice = filter.maxPrice;
  if (filter?.inStock === true) result.inStock = true;
  if (filter?.minRating != null) result.minRating = filter.minRating;
  return result;
}

/** Everything wrong with a search's arguments, each with the argument it concerns. */
export function searchInputProblems(input: SearchInput): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const filter = input.filter ?? {};
  if ((input.query ?? '').length > MAX_QUERY_LENGTH) {
    problems.push({ message: `"query" must be at most ${MAX_QUERY_LENGTH} characters`, field: ['query'] });
  }
  if ((filter.categoryIds?.length ?? 0) > MAX_FILTER_CATEGORIES) {
    problems.push({
      message: `"categoryIds" takes at most ${MAX_FILTER_CATEGORIES} categories`,
      field: ['filter', 'categoryIds'],
    });
  }
  for (const key of ['minPrice', 'maxPrice'] as const) {
    const value = filter[key];
    if (value != null && (!Number.isInteger(value) || value < 0)) {
      problems.push({
        message: `"${key}" must be a whole number of cents, 0 or more`,
        field: ['filter', key],
      });
    }
  }
  if (filter.minPrice != null && filter.maxPrice != null && filter.minPrice > filter.maxPrice) {
    problems.push({ message: '"minPrice" must not be above "maxPrice"', field: ['filter', 'minPrice'] });
  }
  if (filter.minRating != null && !(filter.minRating >= 0 && filter.minRating <= 5)) {
    problems.push({ message: '"minRating" must be between 0 and 5', field: ['filter', 'minRating'] });
  }
  if (input.offset + input.limit > MAX_SEARCH_DEPTH) {
    problems.push({
      message: `Search results can be paged to ${MAX_SEARCH_DEPTH} at most`,
      field: ['after'],
    });
  }
  return problems;
}

/** The engine request for valid input (see searchInputProblems). */
export function toSearchRequest(input: SearchInput): SearchRequest {
  return {
    text: normalizeQuery(input.query ?? ''),
    filter: cleanFilter(input.filter),
    sort: input.sort ?? 'RELEVANCE',
    offset: input.offset,
    limit: input.limit,
  };
}

/** True when the request has words to match; without any, search lists (and facets) the filtered catalog. */
export function hasText(request: Pick<SearchRequest, 'text'>): boolean {
  return queryWords(request.text).length > 0;
}

/**
 * What `after` encodes: where the next page starts and the search it continues, so later pages are counted
 * as the same search in the analytics.
 */
export interface SearchPageCursor {
  searchId: string;
  offset: number;
}

export function isSearchPageCursor(value: unknown): value is SearchPageCursor {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.searchId === 'string' &&
    /^[0-9a-f-]{36}$/.test(candidate.searchId) &&
    Number.isInteger(candidate.offset) &&
    (candidate.offset as number) > 0 &&
    (candidate.offset as number) <= MAX_SEARCH_DEPTH
  );
}
