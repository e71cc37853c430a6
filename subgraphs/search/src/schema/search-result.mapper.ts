import { encodeCursor, PageInfo } from '@msa/subgraph-kit';
import type { SearchPageCursor } from '../domain/search-request';
import type { Suggestion } from '../engine/search-engine';
import type { SearchOutcome } from '../services/search.service';
import { productRef } from './entity-refs';
import { SearchResult, SearchSuggestion, SearchSuggestionKindValue } from './search-result.type';

/** The GraphQL result of a search: each edge's cursor is where the page after it starts. */
export function toSearchResult({ searchId, request, response }: SearchOutcome): SearchResult {
  const edges = response.hits.map((hit, index) => ({
    cursor: encodeCursor({ searchId, offset: request.offset + index + 1 } satisfies SearchPageCursor),
    node: productRef(hit.productId),
  }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: request.offset + edges.length < response.totalCount,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return Object.assign(new SearchResult(), {
    searchId,
    hits: { edges, nodes: edges.map((edge) => edge.node), pageInfo, totalCount: response.totalCount },
    totalCount: response.totalCount,
    facets: response.facets,
    correctedQuery: response.correctedQuery,
  });
}

export function toSearchSuggestion(suggestion: Suggestion): SearchSuggestion {
  return Object.assign(new SearchSuggestion(), {
    text: suggestion.text,
    kind: SearchSuggestionKindValue[suggestion.kind],
    product: suggestion.productId ? productRef(suggestion.productId) : null,
    categoryId: suggestion.categoryId,
  });
}
