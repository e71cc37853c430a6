import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_MAX_AGE_SECONDS } from '@msa/subgraph-kit';
import { createProduct, startProductsHarness, type ProductsHarness } from './support/products-harness';

const LISTING =
  '{ products(first: 5) { nodes { id name images { url } priceRange { min { formatted } } variants { sku options { name value } price { formatted } } } pageInfo { hasNextPage } totalCount } }';

/** The Cache-Control header the router's response cache reads: from the schema's @cacheControl hints. */
describe('cache hints', () => {
  let h: ProductsHarness;
  beforeAll(async () => {
    h = await startProductsHarness();
    await createProduct(h, {
      name: 'Hinted',
      status: 'ACTIVE',
      variants: [{ sku: 'HINT-1', price: 100, weightGrams: 1 }],
    });
  });
  afterAll(() => h?.stop());

  it('declares an anonymous catalog listing public for the catalog max-age', async () => {
    const response = await h.gql(LISTING);
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe(`max-age=${CATALOG_MAX_AGE_SECONDS}, public`);
  });

  it('declares the same listing private for a signed-in caller', async () => {
    const response = await h.gql(LISTING, {}, h.customerToken);
    expect(response.headers.get('cache-control')).toBe(`max-age=${CATALOG_MAX_AGE_SECONDS}, private`);
  });

  it('declares a mutation uncacheable', async () => {
    const response = await h.gql(
      'mutation { createCategory(input: { name: "Uncached" }) { category { id } } }',
      {},
      h.adminToken,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
