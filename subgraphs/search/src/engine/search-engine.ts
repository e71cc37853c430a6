import type { SearchFacets } from '../domain/facets';
import type { RemovedDocument, SearchDocument } from '../domain/search-document';
import type { SearchRequest } from '../domain/search-request';

/**
 * The search-engine port. The service, the index flusher and the contract tests speak only to this; the
 * Postgres adapter (full text + trigram, the default) and the Elasticsearch adapter implement it.
 */
export interface SearchEngine {
  readonly kind: 'postgres' | 'elasticsearch';
  /** Creates the index when it is missing; true when it did, so the caller refills it from the read model. */
  ensureIndex(): Promise<boolean>;
  /** Adds or replaces documents; a document older (by version) than the indexed one is ignored. */
  upsertProducts(documents: readonly SearchDocument[]): Promise<void>;
  /** Takes products out of the index unless a newer version is indexed. */
  removeProducts(documents: readonly RemovedDocument[]): Promise<void>;
  /** Makes every write so far visible to searches. */
  refresh(): Promise<void>;
  /** One page of hits for a validated request, the total, the facets and any spelling correction. */
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Autocomplete: category and product names that have a word starting with `prefix`, categories first. */
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  close(): Promise<void>;
}

export interface SearchHit {
  productId: string;
  /** Relevance as the engine computes it; only comparable within one response. */
  score: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  totalCount: number;
  facets: SearchFacets;
  /** The query as searched after spelling correction, when it differs from the one asked. */
  correctedQuery: string | null;
}

export type SuggestionKind = 'CATEGORY' | 'PRODUCT';

export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  /** Set for PRODUCT suggestions. */
  productId: string | null;
  /** Set for CATEGORY suggestions. */
  categoryId: string | null;
}

/** Category suggestions shown before product ones, at most. */
export const MAX_CATEGORY_SUGGESTIONS = 3;
