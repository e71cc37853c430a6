import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_PRODUCT,
  createCategory,
  createProduct,
  startProductsHarness,
  type CreatedProduct,
  type ProductsHarness,
} from './support/products-harness';

let h: ProductsHarness;
const seen = new Set<string>();

interface OutboxRow {
  id: string;
  tx: string;
  kind: string;
  name: string;
  payload: Record<string, unknown>;
  published_at: Date | null;
}

/** Outbox rows written since the previous call, with the id of the transaction that wrote them. */
async function newOutboxRows(): Promise<OutboxRow[]> {
  const { rows } = await h.sql.query<OutboxRow>(
    'SELECT id, xmin::text AS tx, kind, name, payload, published_at FROM outbox',
  );
  const fresh = rows.filter((row) => !seen.has(row.id));
  fresh.forEach((row) => seen.add(row.id));
  return fresh;
}

/** The transaction that last wrote a row: rows written in one transaction share it. */
async function writerOf(table: 'products' | 'product_variants', id: string): Promise<string> {
  return (await h.sql.query<{ tx: string }>(`SELECT xmin::text AS tx FROM ${table} WHERE id = $1`, [id]))
    .rows[0]!.tx;
}

const byName = (rows: OutboxRow[], name: string) => rows.filter((row) => row.name === name);

beforeAll(async () => {
  h = await startProductsHarness();
});
afterAll(() => h?.stop());

describe('outbox events', () => {
  let product: CreatedProduct;
  let categoryId: string;

  it('records product.changed and one product.variant.changed per variant in the creating transaction', async () => {
    categoryId = (await createCategory(h, { name: 'Kitchen' })).id;
    await newOutboxRows();
    product = await createProduct(h, {
      name: 'Chef Knife',
      status: 'ACTIVE',
      categoryId,
      variants: [
        { sku: 'KNIFE-20', price: 8900, weightGrams: 220, options: [{ name: 'Length', value: '20 cm' }] },
        { sku: 'KNIFE-24', price: 9900, weightGrams: 260, options: [{ name: 'Length', value: '24 cm' }] },
      ],
    });
    const rows = await newOutboxRows();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.tx))).toEqual(new Set([await writerOf('products', product.id)]));
    expect(rows.every((row) => row.kind === 'event' && row.published_at === null)).toBe(true);
    expect(byName(rows, 'product.changed').map((row) => row.payload)).toEqual([
      {
        productId: product.id,
        status: 'ACTIVE',
        categoryId,
        variantIds: product.variants.map((v) => v.id),
        slug: 'chef-knife',
        name: 'Chef Knife',
        description: '',
        categoryPath: ['Kitchen'],
        categoryIds: [categoryId],
      },
    ]);
    expect(byName(rows, 'product.variant.changed').map((row) => row.payload)).toEqual(
      expect.arrayContaining([
        {
          variantId: product.variants[0]!.id,
          productId: product.id,
          sku: 'KNIFE-20',
          price: 8900,
          currency: 'USD',
          purchasable: true,
          weightGrams: 220,
        },
        {
          variantId: product.variants[1]!.id,
          productId: product.id,
          sku: 'KNIFE-24',
          price: 9900,
          currency: 'USD',
          purchasable: true,
          weightGrams: 260,
        },
      ]),
    );
  });

  it('carries the category path from the root down for a product in a nested category', async () => {
    const knives = await createCategory(h, { name: 'Knives', parentId: categoryId });
    const sharpener = await createProduct(h, {
      name: 'Whetstone',
      description: 'A 1000/6000 grit sharpening stone.',
      categoryId: knives.id,
      variants: [{ sku: 'WHETSTONE-1', price: 3900 }],
    });
    const [changed] = byName(await newOutboxRows(), 'product.changed');
    expect(changed!.payload).toMatchObject({
      productId: sharpener.id,
      status: 'DRAFT',
      name: 'Whetstone',
      description: 'A 1000/6000 grit sharpening stone.',
      categoryPath: ['Kitchen', 'Knives'],
      categoryIds: [categoryId, knives.id],
    });
  });

  it('announces a price change of one variant in the same transaction as the change', async () => {
    const variant = product.variants[1]!;
    await h.admin(
      `mutation($id: ID!) { updateProductVariant(id: $id, input: { price: 9500 }) { userErrors { code } } }`,
      { id: variant.id },
    );
    const rows = await newOutboxRows();
    expect(rows.map((row) => row.name).sort()).toEqual(['product.changed', 'product.variant.changed']);
    expect(new Set(rows.map((row) => row.tx))).toEqual(
      new Set([await writerOf('product_variants', variant.id)]),
    );
    expect(byName(rows, 'product.variant.changed')[0]!.payload).toMatchObject({
      variantId: variant.id,
      price: 9500,
      purchasable: true,
    });
  });

  it('announces only the product when its details change', async () => {
    await h.admin(
      `mutation($id: ID!) { updateProduct(id: $id, input: { name: "Chef's Knife" }) { userErrors { code } } }`,
      { id: product.id },
    );
    const rows = await newOutboxRows();
    expect(rows.map((row) => row.name)).toEqual(['product.changed']);
    expect(rows[0]!.tx).toBe(await writerOf('products', product.id));
  });

  it('marks every variant unpurchasable when the product is archived', async () => {
    await h.admin(`mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }`, {
      id: product.id,
    });
    const rows = await newOutboxRows();
    expect(new Set(rows.map((row) => row.tx))).toEqual(new Set([await writerOf('products', product.id)]));
    expect(byName(rows, 'product.changed')[0]!.payload).toMatchObject({ status: 'ARCHIVED' });
    const variantEvents = byName(rows, 'product.variant.changed');
    expect(variantEvents.map((row) => row.payload.variantId).sort()).toEqual(
      product.variants.map((v) => v.id).sort(),
    );
    expect(variantEvents.every((row) => row.payload.purchasable === false)).toBe(true);
  });

  it('marks a removed variant unpurchasable and drops it from the product', async () => {
    const other = await createProduct(h, {
      name: 'Paring Knife',
      status: 'ACTIVE',
      variants: [
        { sku: 'PARING-S', price: 2900, options: [{ name: 'Size', value: 'S' }] },
        { sku: 'PARING-L', price: 3400, options: [{ name: 'Size', value: 'L' }] },
      ],
    });
    await newOutboxRows();
    await h.admin(`mutation($id: ID!) { removeProductVariant(id: $id) { userErrors { code } } }`, {
      id: other.variants[0]!.id,
    });
    const rows = await newOutboxRows();
    expect(new Set(rows.map((row) => row.tx))).toEqual(
      new Set([await writerOf('product_variants', other.variants[0]!.id)]),
    );
    expect(byName(rows, 'product.variant.changed').map((row) => row.payload)).toEqual([
      expect.objectContaining({ variantId: other.variants[0]!.id, purchasable: false }),
    ]);
    expect(byName(rows, 'product.changed')[0]!.payload).toMatchObject({
      variantIds: [other.variants[1]!.id],
    });
  });

  it('writes nothing for a refused change', async () => {
    await newOutboxRows();
    await h.admin(CREATE_PRODUCT, { input: { name: 'Bad', variants: [{ sku: 'KNIFE-20', price: 1 }] } });
    await h.admin(
      `mutation($id: ID!) { updateProduct(id: $id, input: { status: ACTIVE }) { userErrors { code } } }`,
      {
        id: (await createProduct(h, { name: 'Draft without variants' })).id,
      },
    );
    const rows = await newOutboxRows();
    // Only the draft's own creation was recorded; the refused create and activation left no trace.
    expect(rows.map((row) => [row.name, row.payload.status])).toEqual([['product.changed', 'DRAFT']]);
  });

  it('records category.changed with each category write, in its transaction', async () => {
    await newOutboxRows();
    const shelf = await createCategory(h, { name: 'Shelf' });
    await h.admin(
      'mutation($id: ID!) { updateCategory(id: $id, input: { name: "Top shelf" }) { userErrors { code } } }',
      { id: shelf.id },
    );
    await h.admin('mutation($id: ID!) { deleteCategory(id: $id) { userErrors { code } } }', { id: shelf.id });
    const rows = await newOutboxRows();
    expect(rows.map((row) => [row.name, row.payload])).toEqual([
      ['category.changed', { categoryId: shelf.id }],
      ['category.changed', { categoryId: shelf.id }],
      ['category.changed', { categoryId: shelf.id }],
    ]);
    expect(new Set(rows.map((row) => row.tx)).size).toBe(3);
  });
});
