import type { estypes } from '@elastic/elasticsearch';
import {
  priceRangeFacets,
  priceRanges,
  RATING_THRESHOLDS,
  ratingFacets,
  sortCategoryFacets,
  type SearchFacets,
} from '../../domain/facets';
import { MIN_PREFIX_LENGTH } from '../../domain/full-text-query';
import type { SearchFilter, SearchRequest, SearchSort } from '../../domain/search-request';
import { foldText, queryWords } from '../../domain/search-text';
import {
  correctedQuery,
  correctWords,
  MIN_CORRECTABLE_LENGTH,
  type WordCheck,
} from '../../domain/spelling-correction';
import { MAX_CATEGORY_SUGGESTIONS, type Suggestion } from '../search-engine';
import { completionInputs, FACET_SEPARATOR, type IndexedSource } from './elasticsearch-mapping';

type Query = estypes.QueryDslQueryContainer;

/** Name above category above description, the same order of importance as the Postgres weights A, B, C. */
export const TEXT_FIELDS = ['name^3', 'categoryText^2', 'description'];

/** Each word must match somewhere, tolerating typos; the last one also as a prefix (search as you type). */
function wordQuery(word: string, last: boolean): Query {
  // A stop word analyses to nothing; it must not turn the whole AND into "no results".
  const fuzzy: Query = {
    multi_match: {
      query: word,
      fields: TEXT_FIELDS,
      fuzziness: 'AUTO',
      prefix_length: 1,
      zero_terms_query: 'all',
    },
  };
  if (!last || word.length < MIN_PREFIX_LENGTH) return fuzzy;
  return {
    bool: {
      should: [
        fuzzy,
        { multi_match: { query: word, fields: TEXT_FIELDS, type: 'phrase_prefix', zero_terms_query: 'all' } },
      ],
      minimum_should_match: 1,
    },
  };
}

/** Each filter as its own clause, so every facet can leave out its own one. */
export function filterClauses(filter: SearchFilter) {
  const price: Query[] = [];
  if (filter.minPrice !== undefined) price.push({ range: { maxPrice: { gte: filter.minPrice } } });
  if (filter.maxPrice !== undefined) price.push({ range: { minPrice: { lte: filter.maxPrice } } });
  return {
    category: filter.categoryIds?.length ? [{ terms: { categoryIds: filter.categoryIds } }] : [],
    price,
    stock: filter.inStock ? [{ term: { inStock: true } }] : [],
    rating: filter.minRating !== undefined ? [{ range: { rating: { gte: filter.minRating } } }] : [],
  };
}

/** Ties always end on the product id, like the Postgres engine, so both page identically. */
export function sortFor(sort: SearchSort, hasText: boolean): estypes.SortCombinations[] {
  const byId: estypes.SortCombinations = { productId: { order: 'asc' } };
  switch (sort) {
    case 'PRICE_ASC':
      return [{ minPrice: { order: 'asc', missing: '_last' } }, byId];
    case 'PRICE_DESC':
      return [{ minPrice: { order: 'desc', missing: '_last' } }, byId];
    case 'NEWEST':
      return [{ listedAt: { order: 'desc' } }, byId];
    case 'RATING':
      return [
        { bayesianRating: { order: 'desc', missing: '_last' } },
        { ratingCount: { order: 'desc' } },
        byId,
      ];
    case 'RELEVANCE':
      return hasText
        ? ['_score', { listedAt: { order: 'desc' } }, byId]
        : [{ listedAt: { order: 'desc' } }, byId];
  }
}

/**
 * One request for hits, total, facets and spelling candidates. Stock narrows everything (there is no stock
 * facet); the other filters narrow the hits through `post_filter`, and each facet aggregation applies all
 * of them but its own.
 */
export function searchBody(request: SearchRequest): estypes.SearchRequest {
  const words = queryWords(request.text);
  const clauses = filterClauses(request.filter);
  const text = words.join(' ');
  const ranges = priceRanges();
  return {
    from: request.offset,
    size: request.limit,
    track_total_hits: true,
    _source: ['productId'],
    query: {
      bool: {
        must: words.length
          ? words.map((word, index) => wordQuery(word, index === words.length - 1))
          : [{ match_all: {} }],
        filter: clauses.stock,
      },
    },
    post_filter: { bool: { filter: [...clauses.category, ...clauses.price, ...clauses.rating] } },
    aggs: {
      categories: {
        filter: { bool: { filter: [...clauses.price, ...clauses.rating] } },
        aggs: { values: { terms: { field: 'categoryFacets', size: 200 } } },
      },
      prices: {
        filter: { bool: { filter: [...clauses.category, ...clauses.rating] } },
        aggs: {
          ranges: {
            range: {
              field: 'minPrice',
              ranges: ranges.map((range, index) => ({
                key: String(index),
                from: range.min,
                ...(range.max === null ? {} : { to: range.max }),
              })),
            },
          },
        },
      },
      ratings: {
        filter: { bool: { filter: [...clauses.category, ...clauses.price] } },
        aggs: {
          thresholds: {
            range: {
              field: 'rating',
              ranges: RATING_THRESHOLDS.map((threshold) => ({ key: String(threshold), from: threshold })),
            },
          },
        },
      },
    },
    sort: sortFor(request.sort, words.length > 0),
    ...(words.length
      ? {
          suggest: {
            text,
            // Stemmed field: a word with no options here is known (or a stop word) and is never corrected.
            known: { term: { field: 'stemmed', suggest_mode: 'missing', size: 1 } },
            spelling: {
              term: {
                field: 'vocabulary',
                suggest_mode: 'missing',
                size: 1,
                sort: 'score',
                min_word_length: MIN_CORRECTABLE_LENGTH,
              },
            },
          },
        }
      : {}),
  };
}

interface RangeBucket {
  key: string;
  doc_count: number;
}

interface FacetAggregations {
  categories?: { values?: { buckets?: { key: string; doc_count: number }[] } };
  prices?: { ranges?: { buckets?: RangeBucket[] } };
  ratings?: { thresholds?: { buckets?: RangeBucket[] } };
}

export function parseFacets(aggregations: unknown): SearchFacets {
  const aggs = (aggregations ?? {}) as FacetAggregations;
  const categories = (aggs.categories?.values?.buckets ?? []).map((bucket) => {
    const [value, label] = String(bucket.key).split(FACET_SEPARATOR);
    return { value: value ?? '', label: label ?? '', count: bucket.doc_count };
  });
  const counts = (buckets: RangeBucket[] | undefined) =>
    new Map((buckets ?? []).map((bucket) => [Number(bucket.key), bucket.doc_count]));
  return {
    categories: sortCategoryFacets(categories),
    priceRanges: priceRangeFacets(counts(aggs.prices?.ranges?.buckets)),
    ratings: ratingFacets(counts(aggs.ratings?.thresholds?.buckets)),
  };
}

interface TermSuggestEntry {
  offset: number;
  options: { text: string }[] | { text: string };
}

const optionsOf = (entry: TermSuggestEntry) =>
  Array.isArray(entry.options) ? entry.options : [entry.options];

/**
 * The correction from the two term suggesters: a word is unknown when its stem has no indexed match; its
 * replacement is the closest unstemmed vocabulary word. Entries are matched to words by their offset in the
 * normalized query (words joined by single spaces).
 */
export function parseCorrection(text: string, suggest: unknown): string | null {
  const words = queryWords(text);
  if (!words.length) return null;
  const entries = (suggest ?? {}) as { known?: TermSuggestEntry[]; spelling?: TermSuggestEntry[] };
  const offsets = words.map((_, index) => words.slice(0, index).join(' ').length + (index > 0 ? 1 : 0));
  const at = (list: TermSuggestEntry[] | undefined, offset: number) =>
    (list ?? []).find((entry) => entry.offset === offset);
  const checks: WordCheck[] = words.map((word, index) => {
    const stemEntry = at(entries.known, offsets[index]!);
    const unknown = stemEntry !== undefined && optionsOf(stemEntry).length > 0;
    const spelling = at(entries.spelling, offsets[index]!);
    return {
      word,
      known: !unknown,
      stopWord: false,
      suggestion: spelling ? (optionsOf(spelling)[0]?.text ?? null) : null,
    };
  });
  return correctedQuery(words, correctWords(checks));
}

/** Completion request: category names and product names with a word starting with the prefix. */
export function suggestBody(prefix: string, limit: number): estypes.SearchRequest {
  const text = queryWords(prefix).join(' ');
  return {
    size: 0,
    _source: ['productId', 'name', 'categoryIds', 'categoryPath'],
    suggest: {
      categories: {
        prefix: text,
        completion: {
          field: 'categorySuggest',
          size: Math.min(limit, MAX_CATEGORY_SUGGESTIONS),
          skip_duplicates: true,
        },
      },
      products: { prefix: text, completion: { field: 'nameSuggest', size: limit, skip_duplicates: false } },
    },
  };
}

interface CompletionOption {
  text: string;
  _source?: Partial<IndexedSource>;
}

/** Which category on a product's path a matched completion input came from. */
function categoryOf(source: Partial<IndexedSource>, matched: string): { id: string; name: string } | null {
  const path = source.categoryPath ?? [];
  const index = path.findIndex((name) => completionInputs(name).includes(foldText(matched)));
  return index === -1 ? null : { id: source.categoryIds?.[index] ?? '', name: path[index]! };
}

export function parseSuggestions(suggest: unknown, limit: number): Suggestion[] {
  const entries = (suggest ?? {}) as Record<string, { options: CompletionOption[] | CompletionOption }[]>;
  const options = (name: string) =>
    (entries[name] ?? []).flatMap((entry) =>
      Array.isArray(entry.options) ? entry.options : [entry.options],
    );
  const categories: Suggestion[] = [];
  for (const option of options('categories')) {
    const category = option._source ? categoryOf(option._source, option.text) : null;
    if (category && !categories.some((known) => known.categoryId === category.id)) {
      categories.push({ text: category.name, kind: 'CATEGORY', productId: null, categoryId: category.id });
    }
  }
  const products: Suggestion[] = [];
  for (const option of options('products')) {
    const productId = option._source?.productId;
    if (productId && !products.some((known) => known.productId === productId)) {
      products.push({
        text: option._source?.name ?? option.text,
        kind: 'PRODUCT',
        productId,
        categoryId: null,
      });
    }
  }
  return [...categories.slice(0, MAX_CATEGORY_SUGGESTIONS), ...products].slice(0, limit);
}
