import { afterAll, beforeAll, expect } from 'vitest';
import { expectData } from '@msa/testing';
import {
  createCategory,
  createProduct,
  startProductsHarness,
  type CreatedProduct,
  type ProductsHarness,
} from './products-harness';

export interface Node {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  priceRange: { min: { amount: number } } | null;
}
export interface Page {
  products: {
    edges: { cursor: string; node: Node }[];
    nodes: Node[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const LIST = `query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort!) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    edges { cursor node { id } }
    nodes { id name status createdAt priceRange { min { amount } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

export async function page(
  h: ProductsHarness,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Page['products']> {
  return expectData(await h.gql<Page>(LIST, { sort: 'NEWEST', ...variables }, token)).products;
}

/** Follows endCursor until the last page, checking the page invariants on the way. */
export async function walk(
  h: ProductsHarness,
  sort: string,
  first: number,
  filter: Record<string, unknown> = {},
  token?: string,
): Promise<Node[]> {
  const seen: Node[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const result = await page(h, { sort, first, after, filter }, token);
    expect(result.nodes.length).toBeLessThanOrEqual(first);
    expect(result.edges.map((e) => e.node.id)).toEqual(result.nodes.map((n) => n.id));
    expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
    seen.push(...result.nodes);
    if (!result.pageInfo.hasNextPage) {
      expect(seen.length).toBe(result.totalCount);
      return seen;
    }
    after = result.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

export const names = (nodes: Node[]) => nodes.map((n) => n.name);
export const price = (n: Node) => n.priceRange?.min.amount ?? null;

/** The names of the products anonymous visitors can see in the listing fixture. */
export const ACTIVE = [
  'Aurora Headphones',
  'Bass Headphones',
  'Studio Monitor Speaker',
  'Laptop Stand',
  'Mechanical Keyboard',
  'Linen Shirt',
  'Wool Socks',
  'Zen Mug',
  'Canvas Tote',
];

export interface ListingFixture {
  categories: Record<string, string>;
  products: Record<string, CreatedProduct>;
}

/**
 * A small catalog for list tests: Electronics > Audio > Headphones, Electronics > Computers and Apparel, nine
 * ACTIVE products (two sharing the lowest price), a draft, an archived product and a draft without variants.
 */
export async function createListingFixture(h: ProductsHarness): Promise<ListingFixture> {
  const categories: Record<string, string> = {};
  const products: Record<string, CreatedProduct> = {};
  categories.electronics = (await createCategory(h, { name: 'Electronics' })).id;
  categories.audio = (await createCategory(h, { name: 'Audio', parentId: categories.electronics })).id;
  categories.headphones = (await createCategory(h, { name: 'Headphones', parentId: categories.audio })).id;
  categories.computers = (
    await createCategory(h, { name: 'Computers', parentId: categories.electronics })
  ).id;
  categories.apparel = (await createCategory(h, { name: 'Apparel' })).id;

  const specs: [string, number | number[], string | null, string?][] = [
    ['Aurora Headphones', 19999, 'headphones'],
    ['Bass Headphones', [5999, 7999], 'headphones'],
    ['Studio Monitor Speaker', 24999, 'audio'],
    ['Laptop Stand', 3999, 'computers'],
    ['Mechanical Keyboard', 12999, 'computers'],
    ['Linen Shirt', 4999, 'apparel'],
    ['Wool Socks', 999, 'apparel'],
    ['Zen Mug', 1500, null],
    ['Canvas Tote', 999, null],
    ['Draft Earbuds', 2999, 'headphones', 'DRAFT'],
    ['Archived Radio', 3500, 'audio', 'ARCHIVED'],
  ];
  for (const [name, prices, category, status] of specs) {
    const list = Array.isArray(prices) ? prices : [prices];
    const sku = name.toUpperCase().replace(/ /g, '-');
    products[name] = await createProduct(h, {
      name,
      status: status === 'DRAFT' ? 'DRAFT' : 'ACTIVE',
      categoryId: category ? categories[category] : null,
      variants: list.map((amount, i) => ({
        sku: `${sku}-${i}`,
        price: amount,
        options: [{ name: 'Edition', value: `E${i}` }],
      })),
    });
    if (status === 'ARCHIVED') {
      await h.admin(`mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }`, {
        id: products[name]!.id,
      });
    }
  }
  products['Empty Draft'] = await createProduct(h, { name: 'Empty Draft' });
  return { categories, products };
}

/** What a list test file works with; filled in by its beforeAll. */
export interface ListingSuite {
  h: ProductsHarness;
  fixture: ListingFixture;
  page(variables: Record<string, unknown>, token?: string): Promise<Page['products']>;
  walk(sort: string, first: number, filter?: Record<string, unknown>, token?: string): Promise<Node[]>;
}

/** Boots a harness with the listing fixture for the calling test file and stops it afterwards. */
export function useListingSuite(): ListingSuite {
  const suite = {
    page: (variables, token) => page(suite.h, variables, token),
    walk: (sort, first, filter = {}, token) => walk(suite.h, sort, first, filter, token),
  } as ListingSuite;
  beforeAll(async () => {
    suite.h = await startProductsHarness();
    suite.fixture = await createListingFixture(suite.h);
  });
  afterAll(() => suite.h?.stop());
  return suite;
}
