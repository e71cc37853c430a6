import { createHash } from 'node:crypto';
import type { SearchRequest } from './search-request';

/**
 * Identifies a search result in the cache: the normalized text, the filters (category ids sorted), the sort
 * and the page. Two requests that would return the same page share a key, whatever their spelling or
 * argument order.
 */
export function searchCacheKey(request: SearchRequest): string {
  const { filter } = request;
  const canonical = JSON.stringify([
    request.text,
    [...(filter.categoryIds ?? [])].sort(),
    filter.minPrice ?? null,
    filter.maxPrice ?? null,
    filter.inStock ?? null,
    filter.minRating ?? null,
    request.sort,
    request.offset,
    request.limit,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Identifies an autocomplete answer in the cache. */
export function suggestCacheKey(prefixWords: readonly string[], limit: number): string {
  return createHash('sha256')
    .update(JSON.stringify([prefixWords, limit]))
    .digest('base64url');
}
