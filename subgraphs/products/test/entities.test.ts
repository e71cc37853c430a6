import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '@msa/testing';
import {
  createCategory,
  createProduct,
  startProductsHarness,
  type CreatedProduct,
  type ProductsHarness,
} from './support/products-harness';

let h: ProductsHarness;
let categoryIds: string[] = [];
let created: CreatedProduct[] = [];

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Product { id name status }
    ... on ProductVariant { id sku price { amount } }
    ... on Category { id slug }
  }
}`;

/** The SELECTs on one table issued while running `operation`. */
async function selectsOn(table: string, operation: () => Promise<unknown>): Promise<string[]> {
  h.queries.length = 0;
  await operation();
  return h.queries.filter((sql) => sql.startsWith('SELECT') && sql.includes(`FROM "public"."${table}"`));
}

beforeAll(async () => {
  h = await startProductsHarness();
  const parent = await createCategory(h, { name: 'Outdoors' });
  categoryIds = [parent.id];
  for (let i = 0; i < 4; i += 1)
    categoryIds.push((await createCategory(h, { name: `Trail ${i}`, parentId: parent.id })).id);
  created = [];
  for (let i = 0; i < 30; i += 1) {
    created.push(
      await createProduct(h, {
        name: `Tent ${String(i).padStart(2, '0')}`,
        status: i % 5 === 0 ? 'DRAFT' : 'ACTIVE',
        categoryId: categoryIds[i % categoryIds.length],
        variants: [
          { sku: `TENT-${i}-1P`, price: 10_000 + i, options: [{ name: 'Size', value: '1P' }] },
          { sku: `TENT-${i}-2P`, price: 15_000 + i, options: [{ name: 'Size', value: '2P' }] },
        ],
      }),
    );
  }
});
afterAll(() => h?.stop());

describe('_entities', () => {
  it('resolves Product references of every status for staff, null for unknown ids', async () => {
    const representations = [
      { __typename: 'Product', id: created[0]!.id },
      { __typename: 'Product', id: 'unknown' },
      { __typename: 'Product', id: created[1]!.id },
    ];
    const data = await h.admin<{ _entities: unknown[] }>(ENTITIES, { representations });
    expect(data._entities).toEqual([
      { __typename: 'Product', id: created[0]!.id, name: 'Tent 00', status: 'DRAFT' },
      null,
      { __typename: 'Product', id: created[1]!.id, name: 'Tent 01', status: 'ACTIVE' },
    ]);
  });

  it('resolves DRAFT Product references to null for everyone else', async () => {
    const representations = [
      { __typename: 'Product', id: created[0]!.id },
      { __typename: 'Product', id: created[1]!.id },
    ];
    const data = expectData(await h.gql<{ _entities: unknown[] }>(ENTITIES, { representations }));
    expect(data._entities).toEqual([
      null,
      { __typename: 'Product', id: created[1]!.id, name: 'Tent 01', status: 'ACTIVE' },
    ]);
  });

  it('resolves ProductVariant references', async () => {
    const variant = created[3]!.variants[1]!;
    const data = expectData(
      await h.gql<{ _entities: unknown[] }>(ENTITIES, {
        representations: [{ __typename: 'ProductVariant', id: variant.id }],
      }),
    );
    expect(data._entities).toEqual([
      { __typename: 'ProductVariant', id: variant.id, sku: 'TENT-3-2P', price: { amount: 15_003 } },
    ]);
  });

  it('resolves Category references', async () => {
    const data = expectData(
      await h.gql<{ _entities: unknown[] }>(ENTITIES, {
        representations: [{ __typename: 'Category', id: categoryIds[0] }],
      }),
    );
    expect(data._entities).toEqual([{ __typename: 'Category', id: categoryIds[0], slug: 'outdoors' }]);
  });

  it('keeps resolving a removed variant so old carts and orders still show it', async () => {
    const product = created[7]!;
    await h.admin(`mutation($id: ID!) { removeProductVariant(id: $id) { userErrors { code } } }`, {
      id: product.variants[0]!.id,
    });
    const data = expectData(
      await h.gql<{ _entities: { sku: string }[] }>(ENTITIES, {
        representations: [{ __typename: 'ProductVariant', id: product.variants[0]!.id }],
      }),
    );
    expect(data._entities[0]!.sku).toBe('TENT-7-1P');
  });
});

describe('batching', () => {
  it('loads any number of Product references with one query', async () => {
    for (const size of [3, 30]) {
      const representations = created.slice(0, size).map((p) => ({ __typename: 'Product', id: p.id }));
      let result: { _entities: { id: string }[] } | undefined;
      const selects = await selectsOn('products', async () => {
        result = await h.admin<{ _entities: { id: string }[] }>(ENTITIES, { representations });
      });
      expect(result!._entities.map((e) => e.id)).toEqual(representations.map((r) => r.id));
      expect(selects).toHaveLength(1);
    }
  });

  it('loads ProductVariant and Category references with one query each', async () => {
    const variants = created
      .flatMap((p) => p.variants)
      .map((v) => ({ __typename: 'ProductVariant', id: v.id }));
    expect(variants).toHaveLength(60);
    expect(
      await selectsOn('product_variants', () => h.gql(ENTITIES, { representations: variants })),
    ).toHaveLength(1);

    const categories = categoryIds.map((id) => ({ __typename: 'Category', id }));
    expect(
      await selectsOn('categories', () => h.gql(ENTITIES, { representations: categories })),
    ).toHaveLength(1);
  });

  it('batches relation fields across a whole page', async () => {
    h.queries.length = 0;
    const data = expectData(
      await h.gql<{
        products: {
          nodes: { variants: { product: { id: string } }[]; category: { id: string }; images: unknown[] }[];
        };
      }>(
        `{ products(first: 24, filter: { status: ACTIVE }, sort: NAME_ASC) { nodes { id category { id parent { id } } images { id } variants { id product { id } } } } }`,
        {},
        h.staffToken,
      ),
    );
    expect(data.products.nodes).toHaveLength(24);
    const selects = h.queries.filter((sql) => sql.startsWith('SELECT'));
    // The page with its total, then one query per relation and level: variants and images together, categories
    // (products' categories, then their parents) and products again for variant.product.
    const byTable = (table: string) =>
      selects.filter((sql) => sql.includes(`FROM "public"."${table}"`)).length;
    expect(byTable('product_variants')).toBe(1);
    expect(byTable('product_images')).toBe(1);
    expect(byTable('categories')).toBe(2);
    expect(byTable('products')).toBe(2);
    expect(selects).toHaveLength(5);
  });
});
