import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { getOperationAST, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../../web/src/__generated__/graphql';
import { SUPERGRAPH_FILE } from '../config';
import { DEFAULT_RATE_LIMIT } from '../rate-limit/redis-rate-limiter';
import { registerCostDirectives } from './cost-directives';
import { fragmentsOf } from './fragments';
import { operationCost } from './operation-cost';
import { DEFAULT_QUERY_LIMITS } from './query-limits';

/**
 * The storefront's real pages, as the documents web/src/graphql sends (compiled by codegen), measured against
 * the committed supergraph with its @listSize/@cost declarations: each must fit the per-operation limit
 * comfortably, and a signed-in shopper must be able to load 300 pages a minute within the rate limit.
 */
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
registerCostDirectives(schema, sdl);

type Request = [DocumentNode, Record<string, unknown>];
const cart: Request = [documents.CartDocument, {}];
const header: Request[] = [
  [documents.StorefrontCategoriesDocument, {}],
  cart,
  [documents.UnreadNotificationCountDocument, {}],
];
const listing = { first: 24, sort: 'NEWEST' };

const PAGES: Record<string, Request[]> = {
  home: [
    ...header,
    [documents.StorefrontProductsDocument, listing],
    [documents.RecommendedForMeDocument, { first: 4 }],
  ],
  category: [
    ...header,
    [documents.CategoryBySlugDocument, { slug: 'audio' }],
    [documents.StorefrontProductsDocument, listing],
  ],
  search: [
    ...header,
    [documents.SearchProductsDocument, { query: 'lamp', first: 24 }],
    [documents.SuggestDocument, { prefix: 'la', first: 8 }],
  ],
  product: [
    ...header,
    [documents.ProductBySlugDocument, { slug: 'studio-headphones' }],
    [documents.RecommendationsDocument, { productId: 'p', first: 4 }],
    [documents.ProductReviewsDocument, { slug: 'studio-headphones', first: 5, sort: 'NEWEST' }],
    [documents.MyReviewOfProductDocument, { slug: 'studio-headphones' }],
  ],
  cart: [...header, cart],
  checkout: [
    ...header,
    [documents.CheckoutCartDocument, {}],
    [documents.MyAddressesDocument, {}],
    [documents.ShippingRatesDocument, { input: {} }],
  ],
};

function costOf([document, variables]: Request): number {
  expect(validate(schema, document)).toEqual([]);
  return operationCost(schema, getOperationAST(document)!, fragmentsOf(document), { variables });
}

describe('storefront pages under the cost model', () => {
  const budgetPerPage = DEFAULT_RATE_LIMIT.points / 300;

  it.each(Object.keys(PAGES))('the %s page fits the limits comfortably', (page) => {
    const costs = PAGES[page]!.map(costOf);
    for (const cost of costs) expect(cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost / 4);
    // Each request also spends the admission point.
    const total = costs.reduce((sum, cost) => sum + cost + 1, 0);
    expect(total).toBeLessThanOrEqual(budgetPerPage);
  });

  it('reads the declared list sizes from the supergraph', () => {
    const products = costOf([documents.StorefrontProductsDocument, { ...listing, first: 48 }]);
    expect(products).toBeGreaterThan(costOf([documents.StorefrontProductsDocument, listing]));
    const search = costOf([documents.SearchProductsDocument, { query: 'x', first: 48 }]);
    expect(search).toBeGreaterThan(costOf([documents.SearchProductsDocument, { query: 'x', first: 24 }]));
  });

  it('counts a huge page as the largest page served (the subgraph refuses it) and refuses a deeply nested one', () => {
    const huge = costOf([documents.StorefrontProductsDocument, { ...listing, first: 100_000 }]);
    expect(huge).toBe(costOf([documents.StorefrontProductsDocument, { ...listing, first: 100 }]));
    const nested = parse(`{ categories { children { children { products(first: 50) {
      nodes { images { url } variants { options { name } } } } } } } }`);
    expect(costOf([nested, {}])).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });
});
