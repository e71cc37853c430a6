import type { estypes } from '@elastic/elasticsearch';
import type { SearchDocument } from '../../domain/search-document';
import { queryWords } from '../../domain/search-text';

/**
 * The product index. Text is split like search-text.ts splits it (runs of letters and digits), so the words
 * the service normalizes and the tokens Elasticsearch indexes line up.
 *  - name / categoryText / description: English analysis (stop words, stemming), boosted 3 / 2 / 1 at query time;
 *  - stemmed: all three copied, English analysis: tells whether a typed word is known (by stem);
 *  - vocabulary: all three copied, unstemmed: the words spelling corrections are drawn from;
 *  - categoryFacets: "<id><US><name>" per category on the path, one terms aggregation gives ids and labels;
 *  - nameSuggest / categorySuggest: completion fields fed with every word-suffix of the names, so "head"
 *    completes "Studio Headphones".
 */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  // One shard: a catalog fits easily, and relevance and suggestions then see every document's statistics.
  number_of_shards: 1,
  analysis: {
    tokenizer: {
      words: { type: 'pattern', pattern: '[^\\p{L}\\p{N}]+' },
    },
    filter: {
      english_stop: { type: 'stop', stopwords: '_english_' },
      english_stemmer: { type: 'stemmer', language: 'english' },
    },
    analyzer: {
      product_text: {
        type: 'custom',
        tokenizer: 'words',
        filter: ['lowercase', 'asciifolding', 'english_stop', 'english_stemmer'],
      },
      folded_words: { type: 'custom', tokenizer: 'words', filter: ['lowercase', 'asciifolding'] },
    },
  },
};

export const INDEX_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    productId: { type: 'keyword' },
    slug: { type: 'keyword', index: false },
    name: { type: 'text', analyzer: 'product_text', copy_to: ['stemmed', 'vocabulary'] },
    categoryText: { type: 'text', analyzer: 'product_text', copy_to: ['stemmed', 'vocabulary'] },
    description: { type: 'text', analyzer: 'product_text', copy_to: ['stemmed', 'vocabulary'] },
    stemmed: { type: 'text', analyzer: 'product_text' },
    vocabulary: { type: 'text', analyzer: 'folded_words' },
    categoryIds: { type: 'keyword' },
    categoryPath: { type: 'keyword', index: false },
    categoryFacets: { type: 'keyword' },
    minPrice: { type: 'integer' },
    maxPrice: { type: 'integer' },
    currency: { type: 'keyword' },
    inStock: { type: 'boolean' },
    // Doubles, not floats: a filter at 4.6 must admit a rating of exactly 4.6, as in Postgres.
    rating: { type: 'double' },
    bayesianRating: { type: 'double' },
    ratingCount: { type: 'integer' },
    listedAt: { type: 'date' },
    nameSuggest: { type: 'completion', analyzer: 'folded_words', max_input_length: 100 },
    categorySuggest: { type: 'completion', analyzer: 'folded_words', max_input_length: 100 },
  },
};

/** Separates a category's id from its name in `categoryFacets` (ids and names never contain it). */
export const FACET_SEPARATOR = '\u001f';

/** Inputs of a name's completion entry: the name from each of its words on ("studio headphones", "headphones"). */
export function completionInputs(name: string): string[] {
  const words = queryWords(name);
  return words.map((_, index) => words.slice(index).join(' '));
}

export interface IndexedSource {
  productId: string;
  slug: string;
  name: string;
  categoryText: string;
  description: string;
  categoryIds: string[];
  categoryPath: string[];
  categoryFacets: string[];
  minPrice: number | null;
  maxPrice: number | null;
  currency: string | null;
  inStock: boolean;
  rating: number | null;
  bayesianRating: number | null;
  ratingCount: number;
  listedAt: string;
  nameSuggest: { input: string[] };
  categorySuggest: { input: string[] };
}

export function toIndexedSource(document: SearchDocument): IndexedSource {
  return {
    productId: document.productId,
    slug: document.slug,
    name: document.name,
    categoryText: document.categoryPath.join(' '),
    description: document.description,
    categoryIds: document.categoryIds,
    categoryPath: document.categoryPath,
    categoryFacets: document.categoryIds.map(
      (id, index) => `${id}${FACET_SEPARATOR}${document.categoryPath[index] ?? ''}`,
    ),
    minPrice: document.minPrice,
    maxPrice: document.maxPrice,
    currency: document.currency,
    inStock: document.inStock,
    rating: document.rating,
    bayesianRating: document.bayesianRating,
    ratingCount: document.ratingCount,
    listedAt: document.listedAt.toISOString(),
    nameSuggest: { input: completionInputs(document.name) },
    categorySuggest: { input: [...new Set(document.categoryPath.flatMap(completionInputs))] },
  };
}
