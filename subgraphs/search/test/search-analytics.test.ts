import { randomUUID } from 'node:crypto';
import { errorCode } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchHarness, type SearchHarness } from './support/search-harness';

const SEARCH = `query($query: String, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) { searchId totalCount hits { pageInfo { endCursor } } }
}`;
const CLICK = `mutation($searchId: ID!, $productId: ID!) {
  recordSearchClick(searchId: $searchId, productId: $productId) { recorded userErrors { code field } }
}`;
const ANALYTICS = `query($from: DateTime!, $to: DateTime!, $first: Int) {
  searchAnalytics(from: $from, to: $to, first: $first) {
    totalSearches totalClicks clickThroughRate topQueries { query count } zeroResultQueries { query count }
  }
}`;

let h: SearchHarness;
let adminToken: string;
let customerId: string;
let customerToken: string;

const window = () => ({
  from: new Date(Date.now() - 60_000).toISOString(),
  to: new Date(Date.now() + 60_000).toISOString(),
});

async function searchAs(query: string, token?: string, after?: string) {
  return (
    await h.data<{
      search: { searchId: string; totalCount: number; hits: { pageInfo: { endCursor: string | null } } };
    }>(SEARCH, { query, first: 1, ...(after ? { after } : {}) }, token)
  ).search;
}

beforeAll(async () => {
  h = await startSearchHarness();
  adminToken = await h.keys.tokenFor('ADMIN');
  customerId = randomUUID();
  customerToken = await h.keys.tokenFor('CUSTOMER', customerId);
  for (const [productId, name] of [
    ['p-lamp', 'Desk Lamp'],
    ['p-floor', 'Floor Lamp'],
    ['p-vase', 'Glass Vase'],
  ]) {
    await h.publishProduct({
      productId: productId!,
      name: name!,
      variants: [{ variantId: `v-${productId}`, price: 2500 }],
    });
  }
});
afterAll(() => h?.close());

describe('search analytics', () => {
  it('logs every search once (later pages continue it) and counts clicks per search', async () => {
    const lamp = await searchAs('Lamp', customerToken);
    expect(lamp.totalCount).toBe(2);
    // The second page continues the same search: not logged again.
    await searchAs('lamp', customerToken, lamp.hits.pageInfo.endCursor!);
    await searchAs('LAMP!');
    await searchAs('vase');
    const nothing = await searchAs('unicorn');
    expect(nothing.totalCount).toBe(0);
    await searchAs('unicorn');

    const click = await h.data<{ recordSearchClick: { recorded: boolean } }>(
      CLICK,
      { searchId: lamp.searchId, productId: 'p-lamp' },
      customerToken,
    );
    expect(click.recordSearchClick.recorded).toBe(true);
    // The same click again is the same click.
    await h.data(CLICK, { searchId: lamp.searchId, productId: 'p-lamp' }, customerToken);
    await h.data(CLICK, { searchId: lamp.searchId, productId: 'p-floor' }, customerToken);

    const { searchAnalytics } = await h.data<{
      searchAnalytics: {
        totalSearches: number;
        totalClicks: number;
        clickThroughRate: number;
        topQueries: { query: string; count: number }[];
        zeroResultQueries: { query: string; count: number }[];
      };
    }>(ANALYTICS, window(), adminToken);
    expect(searchAnalytics).toEqual({
      totalSearches: 5,
      totalClicks: 2,
      clickThroughRate: 0.2,
      topQueries: [
        { query: 'lamp', count: 2 },
        { query: 'unicorn', count: 2 },
        { query: 'vase', count: 1 },
      ],
      zeroResultQueries: [{ query: 'unicorn', count: 2 }],
    });
    const { rows } = await h.sql.query<{ user_id: string | null }>(
      `SELECT user_id FROM search_queries WHERE id = $1`,
      [lamp.searchId],
    );
    expect(rows[0]!.user_id).toBe(customerId);
  });

  it('is for administrators only', async () => {
    expect(errorCode(await h.gql(ANALYTICS, window(), customerToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(ANALYTICS, window(), await h.keys.tokenFor('STAFF')))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(ANALYTICS, window()))).toBe('UNAUTHENTICATED');
    const backwards = { from: window().to, to: window().from };
    expect(errorCode(await h.gql(ANALYTICS, backwards, adminToken))).toBe('BAD_USER_INPUT');
  });

  it('accepts clicks on a signed-in shopper’s search from that shopper only', async () => {
    const mine = await searchAs('vase', customerToken);
    const other = await h.keys.tokenFor('CUSTOMER');
    expect(errorCode(await h.gql(CLICK, { searchId: mine.searchId, productId: 'p-vase' }, other))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await h.gql(CLICK, { searchId: mine.searchId, productId: 'p-vase' }))).toBe('FORBIDDEN');
    const anonymous = await searchAs('vase');
    const anyone = await h.data<{ recordSearchClick: { recorded: boolean } }>(
      CLICK,
      { searchId: anonymous.searchId, productId: 'p-vase' },
      other,
    );
    expect(anyone.recordSearchClick.recorded).toBe(true);
  });

  it('reports unknown searches as a user error', async () => {
    for (const searchId of [randomUUID(), 'not-a-search']) {
      const { recordSearchClick } = await h.data<{
        recordSearchClick: { recorded: boolean; userErrors: { code: string; field: string[] }[] };
      }>(CLICK, { searchId, productId: 'p-vase' });
      expect(recordSearchClick).toEqual({
        recorded: false,
        userErrors: [{ code: 'SEARCH_NOT_FOUND', field: ['searchId'] }],
      });
    }
  });
});
