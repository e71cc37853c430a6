import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import {
  createCategory,
  createProduct,
  simpleProduct,
  startProductsHarness,
  type CreatedProduct,
  type ProductsHarness,
} from './support';

let h: ProductsHarness;
const categories: Record<string, string> = {};
const products: Record<string, CreatedProduct> = {};

interface Node {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  priceRange: { min: { amount: number } } | null;
}
interface Page {
  products: {
    edges: { cursor: string; node: Node }[];
    nodes: Node[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const LIST = `query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort!) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    edges { cursor node { id } }
    nodes { id name status createdAt priceRange { min { amount } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

async function page(variables: Record<string, unknown>, token?: string): Promise<Page['products']> {
  return expectData(await h.gql<Page>(LIST, { sort: 'NEWEST', ...variables }, token)).products;
}

/** Follows endCursor until the last page, checking the page invariants on the way. */
async function walk(
  sort: string,
  first: number,
  filter: Record<string, unknown> = {},
  token?: string,
): Promise<Node[]> {
  const seen: Node[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const result = await page({ sort, first, after, filter }, token);
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

const names = (nodes: Node[]) => nodes.map((n) => n.name);
const price = (n: Node) => n.priceRange?.min.amount ?? null;

beforeAll(async () => {
  h = await startProductsHarness();
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
});
afterAll(() => h?.stop());

const ACTIVE = [
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

describe('visibility', () => {
  it('shows anonymous visitors and customers only ACTIVE products', async () => {
    expect(names(await walk('NAME_ASC', 100)).sort()).toEqual([...ACTIVE].sort());
    expect(names(await walk('NAME_ASC', 100, {}, h.customerToken)).sort()).toEqual([...ACTIVE].sort());
  });

  it('shows staff every status and lets them narrow it', async () => {
    expect((await walk('NAME_ASC', 100, {}, h.staffToken)).length).toBe(ACTIVE.length + 3);
    expect(names(await walk('NAME_ASC', 100, { status: 'DRAFT' }, h.staffToken))).toEqual([
      'Draft Earbuds',
      'Empty Draft',
    ]);
    expect(names(await walk('NAME_ASC', 100, { status: 'ARCHIVED' }, h.adminToken))).toEqual([
      'Archived Radio',
    ]);
  });

  it('refuses other statuses to customers', async () => {
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', filter: { status: 'DRAFT' } }))).toBe('FORBIDDEN');
    expect(
      errorCode(await h.gql(LIST, { sort: 'NEWEST', filter: { status: 'ARCHIVED' } }, h.customerToken)),
    ).toBe('FORBIDDEN');
  });

  it('hides non-ACTIVE products and their variants from single lookups', async () => {
    const query = `query($slug: String) { product(slug: $slug) { name } }`;
    const draft = products['Draft Earbuds']!;
    expect(expectData(await h.gql(query, { slug: draft.slug })).product).toBeNull();
    expect(expectData(await h.gql(query, { slug: draft.slug }, h.customerToken)).product).toBeNull();
    expect(expectData(await h.gql(query, { slug: draft.slug }, h.staffToken)).product).toEqual({
      name: 'Draft Earbuds',
    });
    expect(
      expectData(await h.gql(`query($id: ID) { product(id: $id) { name } }`, { id: products['Zen Mug']!.id }))
        .product,
    ).toEqual({ name: 'Zen Mug' });
    expect(errorCode(await h.gql(`{ product(id: "a", slug: "b") { id } }`))).toBe('BAD_USER_INPUT');

    const variants = `query($ids: [ID!]!) { variants(ids: $ids) { sku } }`;
    const ids = [draft.variants[0]!.id, products['Zen Mug']!.variants[0]!.id, 'unknown'];
    expect(expectData(await h.gql(variants, { ids }, h.customerToken)).variants).toEqual([
      null,
      { sku: 'ZEN-MUG-0' },
      null,
    ]);
    expect(expectData(await h.gql(variants, { ids }, h.staffToken)).variants).toEqual([
      { sku: 'DRAFT-EARBUDS-0' },
      { sku: 'ZEN-MUG-0' },
      null,
    ]);
  });
});

describe('sorting and pagination', () => {
  it('walks NEWEST pages newest first without repeats', async () => {
    const nodes = await walk('NEWEST', 2);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(ACTIVE.length);
    const expected = [...nodes].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id < a.id ? -1 : 1),
    );
    expect(nodes.map((n) => n.id)).toEqual(expected.map((n) => n.id));
    expect(nodes[0]!.name).toBe('Canvas Tote');
  });

  it('sorts by name', async () => {
    expect(names(await walk('NAME_ASC', 4))).toEqual([...ACTIVE].sort());
  });

  it('sorts by lowest price both ways, ties by id, products without a price last', async () => {
    const ascending = await walk('PRICE_ASC', 1, {}, h.staffToken);
    expect(ascending.map(price)).toEqual([
      999,
      999,
      1500,
      2999,
      3500,
      3999,
      4999,
      5999,
      12999,
      19999,
      24999,
      null,
    ]);
    expect(ascending.at(-1)!.name).toBe('Empty Draft');
    expect(ascending[0]!.id < ascending[1]!.id).toBe(true);

    const descending = await walk('PRICE_DESC', 3, {}, h.staffToken);
    expect(descending.map(price)).toEqual([
      24999,
      19999,
      12999,
      5999,
      4999,
      3999,
      3500,
      2999,
      1500,
      999,
      999,
      null,
    ]);
    expect(descending[9]!.id > descending[10]!.id).toBe(true);
  });

  it('continues after the cursor when products are added between pages', async () => {
    const first = await page({ sort: 'NAME_ASC', first: 3 });
    expect(names(first.nodes)).toEqual(['Aurora Headphones', 'Bass Headphones', 'Canvas Tote']);
    const added = await createProduct(h, simpleProduct('Acme Anvil', 100));
    const second = await page({ sort: 'NAME_ASC', first: 3, after: first.pageInfo.endCursor });
    expect(names(second.nodes)).toEqual(['Laptop Stand', 'Linen Shirt', 'Mechanical Keyboard']);
    expect(second.totalCount).toBe(ACTIVE.length + 1);
    await h.admin(`mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }`, { id: added.id });
  });

  it('caps the page size with a clear error', async () => {
    const tooMany = await h.gql(LIST, { sort: 'NEWEST', first: 101 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.message).toContain('between 1 and 100');
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', first: 0 }))).toBe('BAD_USER_INPUT');
    expect((await page({ first: 100 })).nodes.length).toBe(ACTIVE.length);
    expect((await page({})).nodes.length).toBe(ACTIVE.length);
  });

  it('refuses cursors that are forged or belong to another sort', async () => {
    const byName = await page({ sort: 'NAME_ASC', first: 1 });
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', after: byName.pageInfo.endCursor }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  it('includes subcategories when filtering by category', async () => {
    expect(names(await walk('NAME_ASC', 100, { categoryId: categories.electronics })).sort()).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
      'Laptop Stand',
      'Mechanical Keyboard',
      'Studio Monitor Speaker',
    ]);
    expect(names(await walk('NAME_ASC', 100, { categoryId: categories.headphones }))).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
    ]);
    expect(names(await walk('NAME_ASC', 100, { categoryId: categories.headphones }, h.staffToken))).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
      'Draft Earbuds',
    ]);
    expect(await walk('NAME_ASC', 100, { categoryId: 'unknown' })).toEqual([]);
  });

  it('matches products with any variant in the price range', async () => {
    expect(names(await walk('PRICE_ASC', 100, { minPrice: 5000, maxPrice: 13000 }))).toEqual([
      'Bass Headphones',
      'Mechanical Keyboard',
    ]);
    expect(names(await walk('PRICE_ASC', 100, { minPrice: 7000, maxPrice: 8000 }))).toEqual([
      'Bass Headphones',
    ]);
    expect(names(await walk('PRICE_ASC', 100, { maxPrice: 999 })).sort()).toEqual([
      'Canvas Tote',
      'Wool Socks',
    ]);
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', filter: { minPrice: 10, maxPrice: 5 } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await h.gql(LIST, { sort: 'NEWEST', filter: { minPrice: -1 } }))).toBe('BAD_USER_INPUT');
  });

  it('searches names and descriptions case-insensitively, and exact SKUs', async () => {
    expect(names(await walk('NAME_ASC', 100, { search: 'HEADPHONES' }))).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
    ]);
    expect(names(await walk('NAME_ASC', 100, { search: 'LAPTOP-STAND-0' }))).toEqual(['Laptop Stand']);
    expect(
      names(
        await walk('NAME_ASC', 100, { search: 'headphones', categoryId: categories.audio, minPrice: 10000 }),
      ),
    ).toEqual(['Aurora Headphones']);
  });
});

describe('categories', () => {
  it('returns the tree from its roots', async () => {
    const data = expectData(
      await h.gql<{
        categories: { name: string; children: { name: string; children: { name: string }[] }[] }[];
      }>(`{ categories { name children { name children { name } } } }`),
    );
    expect(data.categories).toEqual([
      { name: 'Apparel', children: [] },
      {
        name: 'Electronics',
        children: [
          { name: 'Audio', children: [{ name: 'Headphones' }] },
          { name: 'Computers', children: [] },
        ],
      },
    ]);
  });

  it('lists a category’s products, including those of its subcategories', async () => {
    const data = expectData(
      await h.gql<{ category: { products: { totalCount: number; nodes: { name: string }[] } } }>(
        `{ category(slug: "audio") { products(first: 10, sort: NAME_ASC) { totalCount nodes { name } } } }`,
      ),
    );
    expect(data.category.products).toEqual({
      totalCount: 3,
      nodes: [{ name: 'Aurora Headphones' }, { name: 'Bass Headphones' }, { name: 'Studio Monitor Speaker' }],
    });
  });
});
