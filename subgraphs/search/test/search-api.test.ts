import { errorCode } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchHarness, type SearchHarness } from './support/search-harness';

const HEADPHONES: [string, string][] = [
  ['cat-electronics', 'Electronics'],
  ['cat-audio', 'Audio'],
  ['cat-headphones', 'Headphones'],
];
const SPEAKERS: [string, string][] = [...HEADPHONES.slice(0, 2), ['cat-speakers', 'Speakers']];
const DECOR: [string, string][] = [
  ['cat-home', 'Home'],
  ['cat-decor', 'Decor'],
];

const SEARCH = `query($query: String, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    searchId totalCount correctedQuery
    hits { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    facets { categories { value label count } priceRanges { min max count } ratings { value count } }
  }
}`;

interface SearchView {
  searchId: string;
  totalCount: number;
  correctedQuery: string | null;
  hits: {
    totalCount: number;
    nodes: { id: string }[];
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  facets: {
    categories: { value: string; label: string; count: number }[];
    priceRanges: { min: number; max: number | null; count: number }[];
    ratings: { value: number; count: number }[];
  };
}

let h: SearchHarness;
const search = async (variables: Record<string, unknown>) =>
  (await h.data<{ search: SearchView }>(SEARCH, variables)).search;
const ids = async (variables: Record<string, unknown>) =>
  (await search(variables)).hits.nodes.map((node) => node.id).sort();

beforeAll(async () => {
  h = await startSearchHarness();
  await h.publishProduct({
    productId: 'p-studio',
    name: 'Studio Headphones',
    description: 'Closed-back headphones for mixing.',
    categories: HEADPHONES,
    variants: [
      { variantId: 'v-studio-black', price: 19999, available: 3 },
      { variantId: 'v-studio-silver', price: 21999, available: 0 },
    ],
  });
  await h.publishProduct({
    productId: 'p-kids',
    name: 'Kids Headphones',
    categories: HEADPHONES,
    variants: [{ variantId: 'v-kids', price: 2999, available: 0 }],
  });
  await h.publishProduct({
    productId: 'p-speaker',
    name: 'Portable Speaker',
    description: 'Pairs with your headphones too.',
    categories: SPEAKERS,
    variants: [{ variantId: 'v-speaker', price: 4999, available: 5 }],
  });
  await h.publishProduct({
    productId: 'p-lamp',
    name: 'Desk Lamp',
    categories: DECOR,
    variants: [{ variantId: 'v-lamp', price: 6900, available: 2 }],
  });
  await h.publishProduct({
    productId: 'p-draft',
    name: 'Draft Headphones',
    status: 'DRAFT',
    categories: HEADPHONES,
    variants: [{ variantId: 'v-draft', price: 100 }],
  });
});
afterAll(() => h?.close());

describe('search through GraphQL, indexed from events', () => {
  it('finds ACTIVE headphones for "hedphones" and says what it searched for', async () => {
    const result = await search({ query: 'hedphones' });
    expect(result.correctedQuery).toBe('headphones');
    expect(result.hits.nodes.map((node) => node.id).sort()).toEqual(['p-kids', 'p-speaker', 'p-studio']);
    expect(result.totalCount).toBe(3);
    expect(result.hits.totalCount).toBe(3);
    expect(result.searchId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('builds price facets from purchasable variants and in-stock from inventory events', async () => {
    const result = await search({ query: 'headphones' });
    expect(result.facets.priceRanges).toEqual([
      { min: 2500, max: 5000, count: 2 },
      { min: 10000, max: 20000, count: 1 },
    ]);
    expect(result.facets.categories.find((facet) => facet.value === 'cat-headphones')).toEqual({
      value: 'cat-headphones',
      label: 'Headphones',
      count: 2,
    });
    expect(await ids({ query: 'headphones', filter: { inStock: true } })).toEqual(['p-speaker', 'p-studio']);

    await h.deliver('inventory.stock_changed', { variantId: 'v-kids', onHand: 4, reserved: 0, available: 4 });
    expect(await ids({ query: 'headphones', filter: { inStock: true } })).toEqual([
      'p-kids',
      'p-speaker',
      'p-studio',
    ]);
  });

  it('filters and sorts by the ratings reviews announce', async () => {
    await h.deliver('product.rating_changed', {
      productId: 'p-lamp',
      average: 4.5,
      bayesianAverage: 4.2,
      count: 12,
    });
    await h.deliver('product.rating_changed', {
      productId: 'p-kids',
      average: 3,
      bayesianAverage: 3.4,
      count: 3,
    });
    expect(await ids({ filter: { minRating: 4 } })).toEqual(['p-lamp']);
    const sorted = await search({ sort: 'RATING' });
    expect(sorted.hits.nodes.map((node) => node.id).slice(0, 2)).toEqual(['p-lamp', 'p-kids']);
    expect(sorted.facets.ratings).toEqual([
      { value: 4, count: 1 },
      { value: 3, count: 2 },
      { value: 2, count: 2 },
      { value: 1, count: 2 },
    ]);
  });

  it('follows price changes and ignores an older event arriving late', async () => {
    await h.deliver('product.variant.changed', {
      variantId: 'v-lamp',
      productId: 'p-lamp',
      sku: 'V-LAMP',
      price: 1500,
      currency: 'USD',
      purchasable: true,
      weightGrams: 100,
    });
    expect(await ids({ filter: { maxPrice: 2000 } })).toEqual(['p-lamp']);
    await h.deliver(
      'product.changed',
      {
        productId: 'p-lamp',
        status: 'ACTIVE',
        categoryId: 'cat-decor',
        variantIds: ['v-lamp'],
        name: 'Obsolete Lamp',
        categoryIds: ['cat-home', 'cat-decor'],
        categoryPath: ['Home', 'Decor'],
      },
      { occurredAt: new Date(Date.now() - 60 * 60 * 1000) },
    );
    expect(await ids({ query: 'obsolete' })).toEqual([]);
    expect(await ids({ query: 'desk lamp' })).toEqual(['p-lamp']);
  });

  it('ignores a redelivered event', async () => {
    const payload = {
      productId: 'p-speaker',
      status: 'ACTIVE' as const,
      categoryId: 'cat-speakers',
      variantIds: ['v-speaker'],
      name: 'Portable Speaker',
      description: 'Pairs with your headphones too.',
      categoryIds: SPEAKERS.map(([id]) => id),
      categoryPath: SPEAKERS.map(([, name]) => name),
    };
    const id = await h.deliver('product.changed', payload);
    await h.deliver('product.changed', { ...payload, status: 'ARCHIVED' }, { id });
    expect(await ids({ query: 'speaker' })).toEqual(['p-speaker']);
  });

  it('drops archived products from results and suggestions', async () => {
    await h.publishProduct({
      productId: 'p-retired',
      name: 'Retired Headphones',
      categories: HEADPHONES,
      variants: [],
    });
    expect(await ids({ query: 'retired' })).toEqual(['p-retired']);
    await h.publishProduct({
      productId: 'p-retired',
      name: 'Retired Headphones',
      status: 'ARCHIVED',
      categories: HEADPHONES,
    });
    expect(await ids({ query: 'retired' })).toEqual([]);
    const { suggest } = await h.data<{ suggest: { text: string }[] }>(
      `{ suggest(prefix: "retir") { text } }`,
    );
    expect(suggest).toEqual([]);
  });

  it('pages with cursors that keep the search id', async () => {
    const first = await search({ sort: 'PRICE_ASC', first: 3 });
    expect(first.hits.pageInfo.hasNextPage).toBe(true);
    const second = await search({ sort: 'PRICE_ASC', first: 3, after: first.hits.pageInfo.endCursor });
    expect(second.searchId).toBe(first.searchId);
    expect(second.hits.pageInfo.hasNextPage).toBe(false);
    const all = [...first.hits.nodes, ...second.hits.nodes].map((node) => node.id);
    expect(all).toEqual(['p-lamp', 'p-kids', 'p-speaker', 'p-studio']);
    expect(first.hits.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 3));
  });

  it('rejects invalid arguments with BAD_USER_INPUT', async () => {
    expect(errorCode(await h.gql(SEARCH, { first: 500 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await h.gql(SEARCH, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const response = await h.gql(SEARCH, { filter: { minPrice: 500, maxPrice: 100 } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/minPrice/);
    expect(errorCode(await h.gql(SEARCH, { query: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });

  it('suggests categories first, then products that resolve as entities', async () => {
    const { suggest } = await h.data<{
      suggest: { text: string; kind: string; categoryId: string | null; product: { id: string } | null }[];
    }>(`{ suggest(prefix: "head", first: 5) { text kind categoryId product { id } } }`);
    expect(suggest[0]).toEqual({
      text: 'Headphones',
      kind: 'CATEGORY',
      categoryId: 'cat-headphones',
      product: null,
    });
    expect(
      suggest
        .filter((s) => s.kind === 'PRODUCT')
        .map((s) => s.product!.id)
        .sort(),
    ).toEqual(['p-kids', 'p-studio']);
    expect(errorCode(await h.gql(`{ suggest(prefix: "a", first: 50) { text } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('the hot-query cache', () => {
  it('answers a repeated search from Redis until the index changes', async () => {
    expect(await ids({ query: 'desk' })).toEqual(['p-lamp']);
    // Behind the cache's back: only a cached answer can still contain the lamp.
    await h.sql.query(`UPDATE search_documents SET searchable = false WHERE product_id = 'p-lamp'`);
    expect(await ids({ query: 'desk' })).toEqual(['p-lamp']);
    expect(await h.redis.get(`${h.cacheKeyPrefix}generation`)).not.toBeNull();

    // Any indexed change bumps the generation, so the next search reads the index again.
    await h.deliver('inventory.stock_changed', {
      variantId: 'v-speaker',
      onHand: 9,
      reserved: 0,
      available: 9,
    });
    expect(await ids({ query: 'desk' })).toEqual([]);

    await h.sql.query(`UPDATE search_documents SET searchable = true WHERE product_id = 'p-lamp'`);
    await h.deliver('inventory.stock_changed', {
      variantId: 'v-speaker',
      onHand: 8,
      reserved: 0,
      available: 8,
    });
    expect(await ids({ query: 'desk' })).toEqual(['p-lamp']);
  });

  it('keys answers by the normalized query, filters, sort and page', async () => {
    await search({ query: '  DESK! ' });
    await search({ query: 'desk', sort: 'NEWEST' });
    const keys = await h.redis.keys(`${h.cacheKeyPrefix}results:*`);
    const generation = await h.redis.get(`${h.cacheKeyPrefix}generation`);
    const current = keys.filter((key) => key.startsWith(`${h.cacheKeyPrefix}results:${generation}:`));
    // "desk" (RELEVANCE) from the previous test's last search, "  DESK! " sharing it, and "desk" by NEWEST.
    expect(current).toHaveLength(2);
    const ttl = await h.redis.ttl(current[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });
});

describe('federation', () => {
  it('references products without resolving them and composes ProductConnection with products', async () => {
    const { _service } = await h.data<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const compact = _service.sdl.replace(/\s+/g, ' ');
    expect(compact).toContain('type Product @key(fields: "id", resolvable: false) {');
    expect(compact).toMatch(/type ProductConnection @shareable[ {]/);
    expect(compact).toContain('type User @key(fields: "id") {');
  });
});
