import { Client, errors, type estypes } from '@elastic/elasticsearch';
import type { RemovedDocument, SearchDocument } from '../../domain/search-document';
import { queryWords } from '../../domain/search-text';
import type { SearchEngine, SearchResponse } from '../search-engine';
import { INDEX_MAPPINGS, INDEX_SETTINGS, toIndexedSource } from './elasticsearch-mapping';
import {
  parseCorrection,
  parseFacets,
  parseSuggestions,
  searchBody,
  suggestBody,
} from './elasticsearch-queries';

export interface ElasticsearchEngineOptions {
  /** e.g. http://localhost:9200 (credentials may be part of the URL). */
  url: string;
  /** Index holding the product documents; default `msa-products`. */
  index?: string;
  /** Per-request timeout; default 10 s. */
  requestTimeoutMs?: number;
}

export const DEFAULT_ELASTICSEARCH_INDEX = 'msa-products';

/** 409: the index holds a newer version (or the removal is already done); 404: nothing to remove. */
const HARMLESS_STATUSES = new Set([404, 409]);

function failures(response: estypes.BulkResponse): string[] {
  if (!response.errors) return [];
  return response.items.flatMap((item) => {
    const result = Object.values(item)[0];
    if (!result || result.status < 300 || HARMLESS_STATUSES.has(result.status)) return [];
    return [`${result._id}: ${result.error?.type ?? result.status} ${result.error?.reason ?? ''}`.trim()];
  });
}

/**
 * Elasticsearch adapter, used when ELASTICSEARCH_URL is set. Documents are indexed with external versions
 * (the product's version), so a late, older write is rejected by Elasticsearch itself; writes become visible
 * on refresh(), which the index flusher calls once per drained batch rather than per document.
 */
export function createElasticsearchSearchEngine(options: ElasticsearchEngineOptions): SearchEngine {
  const index = options.index ?? DEFAULT_ELASTICSEARCH_INDEX;
  const client = new Client({ node: options.url, requestTimeout: options.requestTimeoutMs ?? 10_000 });

  async function bulk(operations: estypes.BulkRequest['operations']): Promise<void> {
    if (!operations?.length) return;
    const response = await client.bulk({ operations });
    const problems = failures(response);
    if (problems.length)
      throw new Error(
        `Elasticsearch rejected ${problems.length} write(s): ${problems.slice(0, 5).join('; ')}`,
      );
  }

  return {
    kind: 'elasticsearch',

    async ensureIndex() {
      if (await client.indices.exists({ index })) return false;
      try {
        await client.indices.create({ index, settings: INDEX_SETTINGS, mappings: INDEX_MAPPINGS });
        return true;
      } catch (error) {
        // Another replica created it first.
        if (
          error instanceof errors.ResponseError &&
          error.body?.error?.type === 'resource_already_exists_exception'
        )
          return false;
        throw error;
      }
    },

    upsertProducts(documents: readonly SearchDocument[]) {
      return bulk(
        documents.flatMap((document) => [
          {
            index: {
              _index: index,
              _id: document.productId,
              version: document.version,
              version_type: 'external_gte' as const,
            },
          },
          toIndexedSource(document),
        ]),
      );
    },

    removeProducts(documents: readonly RemovedDocument[]) {
      return bulk(
        documents.map((document) => ({
          delete: {
            _index: index,
            _id: document.productId,
            version: document.version,
            version_type: 'external' as const,
          },
        })),
      );
    },

    async refresh() {
      await client.indices.refresh({ index });
    },

    async search(request): Promise<SearchResponse> {
      const response = await client.search<{ productId: string }>({ index, ...searchBody(request) });
      const total = response.hits.total;
      return {
        hits: response.hits.hits.map((hit) => ({
          productId: hit._source?.productId ?? hit._id ?? '',
          score: hit._score ?? 0,
        })),
        totalCount: typeof total === 'number' ? total : (total?.value ?? 0),
        facets: parseFacets(response.aggregations),
        correctedQuery: parseCorrection(request.text, response.suggest),
      };
    },

    async suggest(prefix, limit) {
      if (!queryWords(prefix).length || limit < 1) return [];
      const response = await client.search({ index, ...suggestBody(prefix, limit) });
      return parseSuggestions(response.suggest, limit);
    },

    close: () => client.close(),
  };
}
