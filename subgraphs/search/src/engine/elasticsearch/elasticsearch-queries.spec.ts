import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../domain/search-request';
import { completionInputs, FACET_SEPARATOR, toIndexedSource } from './elasticsearch-mapping';
import {
  parseCorrection,
  parseFacets,
  parseSuggestions,
  searchBody,
  sortFor,
  suggestBody,
} from './elasticsearch-queries';

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  text: '',
  filter: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  ...overrides,
});

describe('Elasticsearch search body', () => {
  const body = searchBody(
    request({
      text: 'studio headph',
      filter: { categoryIds: ['c1'], minPrice: 100, maxPrice: 900, inStock: true, minRating: 4 },
      offset: 40,
    }),
  );

  it('requires every word, the last one also as a prefix, and pages with from/size', () => {
    const must = (body.query as { bool: { must: unknown[] } }).bool.must;
    expect(must).toHaveLength(2);
    expect(JSON.stringify(must[0])).not.toContain('phrase_prefix');
    expect(JSON.stringify(must[1])).toContain('phrase_prefix');
    expect(body).toMatchObject({ from: 40, size: 20, track_total_hits: true });
  });

  it('applies stock to everything and every other filter to hits and to the facets that are not its own', () => {
    expect((body.query as { bool: { filter: unknown } }).bool.filter).toEqual([{ term: { inStock: true } }]);
    const postFilter = JSON.stringify(body.post_filter);
    for (const clause of ['categoryIds', 'maxPrice', 'minPrice', '"rating"'])
      expect(postFilter).toContain(clause);
    const aggs = body.aggs as Record<string, { filter: unknown }>;
    expect(JSON.stringify(aggs.categories!.filter)).not.toContain('categoryIds');
    expect(JSON.stringify(aggs.prices!.filter)).not.toContain('Price');
    expect(JSON.stringify(aggs.ratings!.filter)).not.toContain('"rating"');
    expect(JSON.stringify(aggs.ratings!.filter)).toContain('categoryIds');
  });

  it('asks for spelling candidates only when there is text', () => {
    expect(body.suggest).toMatchObject({ text: 'studio headph' });
    expect(searchBody(request({})).suggest).toBeUndefined();
    expect(searchBody(request({})).query).toEqual({ bool: { must: [{ match_all: {} }], filter: [] } });
  });

  it('sorts like the Postgres engine, ties by product id', () => {
    expect(sortFor('RELEVANCE', true)[0]).toBe('_score');
    expect(sortFor('RELEVANCE', false)).toEqual(sortFor('NEWEST', true));
    expect(sortFor('RATING', false).at(-1)).toEqual({ productId: { order: 'asc' } });
  });
});

describe('Elasticsearch responses', () => {
  it('turn aggregations into facets', () => {
    expect(
      parseFacets({
        categories: {
          values: {
            buckets: [
              { key: `c1${FACET_SEPARATOR}Audio`, doc_count: 2 },
              { key: `c2${FACET_SEPARATOR}Home`, doc_count: 0 },
            ],
          },
        },
        prices: {
          ranges: {
            buckets: [
              { key: '0', doc_count: 0 },
              { key: '1', doc_count: 2 },
            ],
          },
        },
        ratings: {
          thresholds: {
            buckets: [
              { key: '4', doc_count: 1 },
              { key: '1', doc_count: 2 },
            ],
          },
        },
      }),
    ).toEqual({
      categories: [{ value: 'c1', label: 'Audio', count: 2 }],
      priceRanges: [{ min: 2500, max: 5000, count: 2 }],
      ratings: [
        { value: 4, count: 1 },
        { value: 1, count: 2 },
      ],
    });
  });

  it('correct words whose stem is unknown, matched to words by offset', () => {
    const suggest = {
      known: [
        { text: 'wireless', offset: 0, length: 8, options: [] },
        { text: 'hedphon', offset: 9, length: 9, options: [{ text: 'headphon' }] },
      ],
      spelling: [
        { text: 'wireless', offset: 0, length: 8, options: [{ text: 'wireles' }] },
        { text: 'hedphones', offset: 9, length: 9, options: [{ text: 'headphones' }] },
      ],
    };
    expect(parseCorrection('wireless hedphones', suggest)).toBe('wireless headphones');
    expect(parseCorrection('wireless', { known: [{ offset: 0, options: [] }], spelling: [] })).toBeNull();
  });

  it('turn completions into category suggestions first, then products', () => {
    const source = {
      productId: 'p1',
      name: 'Studio Headphones',
      categoryIds: ['c1', 'c2'],
      categoryPath: ['Audio', 'Headphones'],
    };
    expect(
      parseSuggestions(
        {
          categories: [{ options: [{ text: 'headphones', _source: source }] }],
          products: [
            {
              options: [
                { text: 'headphones', _source: source },
                { text: 'studio headphones', _source: source },
              ],
            },
          ],
        },
        10,
      ),
    ).toEqual([
      { text: 'Headphones', kind: 'CATEGORY', productId: null, categoryId: 'c2' },
      { text: 'Studio Headphones', kind: 'PRODUCT', productId: 'p1', categoryId: null },
    ]);
    expect(suggestBody('Stúdio HEAD', 5).suggest).toMatchObject({ products: { prefix: 'studio head' } });
  });
});

describe('Elasticsearch documents', () => {
  it('complete names from every word on and pair category ids with names', () => {
    expect(completionInputs('Wireless Noise-Cancelling Headphones')).toEqual([
      'wireless noise cancelling headphones',
      'noise cancelling headphones',
      'cancelling headphones',
      'headphones',
    ]);
    const source = toIndexedSource({
      productId: 'p1',
      version: 1,
      slug: 'lamp',
      name: 'Desk Lamp',
      description: '',
      categoryIds: ['c1', 'c2'],
      categoryPath: ['Home', 'Decor'],
      minPrice: 100,
      maxPrice: 100,
      currency: 'USD',
      inStock: true,
      rating: null,
      bayesianRating: null,
      ratingCount: 0,
      listedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(source.categoryFacets).toEqual([`c1${FACET_SEPARATOR}Home`, `c2${FACET_SEPARATOR}Decor`]);
    expect(source.categoryText).toBe('Home Decor');
    expect(source.categorySuggest.input).toEqual(['home', 'decor']);
  });
});
