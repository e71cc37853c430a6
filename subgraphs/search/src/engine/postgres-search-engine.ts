import { SearchIndexRepo } from '../data/search-index.repo';
import { SearchQueryRepo, type TextMatch } from '../data/search-query.repo';
import { VocabularyRepo } from '../data/vocabulary.repo';
import type { SearchDb } from '../data/database';
import { priceRangeFacets, ratingFacets, sortCategoryFacets } from '../domain/facets';
import { tsqueryText, wordMatches } from '../domain/full-text-query';
import { queryWords } from '../domain/search-text';
import { correctedQuery, correctWords } from '../domain/spelling-correction';
import {
  MAX_CATEGORY_SUGGESTIONS,
  type SearchEngine,
  type SearchResponse,
  type Suggestion,
} from './search-engine';

/**
 * The default engine: the search service's own Postgres. Full text with English stemming over a weighted
 * tsvector, pg_trgm for typo tolerance (a trigram match on the name, and corrections of unknown words from
 * the vocabulary of indexed words). The index tables come with the service's migrations.
 */
export function createPostgresSearchEngine(db: SearchDb): SearchEngine {
  const index = new SearchIndexRepo(db);
  const queries = new SearchQueryRepo(db);
  const vocabulary = new VocabularyRepo(db);

  async function textMatch(
    text: string,
  ): Promise<{ match: TextMatch | null; correctedQuery: string | null }> {
    const words = queryWords(text);
    if (!words.length) return { match: null, correctedQuery: null };
    const checks = await vocabulary.checkWords(words);
    const corrected = correctWords(checks);
    return {
      match: {
        words: wordMatches(checks, corrected),
        rankQuery: tsqueryText(corrected),
        raw: words.join(' '),
      },
      correctedQuery: correctedQuery(words, corrected),
    };
  }

  return {
    kind: 'postgres',
    ensureIndex: async () => false,
    upsertProducts: (documents) => index.upsert(documents),
    removeProducts: (documents) => index.remove(documents),
    refresh: async () => undefined,

    async search(request): Promise<SearchResponse> {
      const { match, correctedQuery } = await textMatch(request.text);
      const { hits, counts } = await queries.search({
        match,
        filter: request.filter,
        sort: request.sort,
        offset: request.offset,
        limit: request.limit,
      });
      return {
        hits,
        totalCount: counts.total,
        facets: {
          categories: sortCategoryFacets(counts.categories),
          priceRanges: priceRangeFacets(counts.priceRanges),
          ratings: ratingFacets(counts.ratings),
        },
        correctedQuery,
      };
    },

    async suggest(prefix, limit): Promise<Suggestion[]> {
      const words = queryWords(prefix);
      if (!words.length || limit < 1) return [];
      const categories = await vocabulary.categoriesStartingWith(
        words,
        Math.min(limit, MAX_CATEGORY_SUGGESTIONS),
      );
      const room = limit - categories.length;
      const products = room > 0 ? await vocabulary.productsStartingWith(words, room) : [];
      return [
        ...categories.map((category) => ({
          text: category.label,
          kind: 'CATEGORY' as const,
          productId: null,
          categoryId: category.id,
        })),
        ...products.map((product) => ({
          text: product.name,
          kind: 'PRODUCT' as const,
          productId: product.product_id,
          categoryId: null,
        })),
      ];
    },

    close: async () => undefined,
  };
}
