import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_PRODUCT,
  createCategory,
  createProduct,
  simpleProduct,
  startProductsHarness,
  type ProductsHarness,
} from './support/products-harness';

let h: ProductsHarness;
beforeAll(async () => {
  h = await startProductsHarness();
});
afterAll(() => h?.stop());

interface Payload {
  userErrors: { code: string; field: string[] | null; message: string }[];
}
const codes = (payload: Payload) => payload.userErrors.map((e) => e.code);

const PRODUCT_FIELDS = `id slug name description status category { id slug }
  priceRange { min { amount currency formatted } max { amount } }
  variants { id sku title options { name value } price { amount } compareAtPrice { amount } weightGrams }`;

describe('products and variants', () => {
  it('creates a product with variants and derives slug, titles and price range', async () => {
    const category = await createCategory(h, { name: 'Apparel' });
    const data = await h.admin<{ createProduct: { product: Record<string, unknown> } & Payload }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code } } }`,
      {
        input: {
          name: 'Classic Tee',
          description: '  Soft cotton.  ',
          categoryId: category.id,
          status: 'ACTIVE',
          variants: [
            {
              sku: 'TEE-BLK-M',
              options: [
                { name: 'Color', value: 'Black' },
                { name: 'Size', value: 'M' },
              ],
              price: 1999,
              compareAtPrice: 2499,
              weightGrams: 180,
            },
            {
              sku: 'TEE-BLK-L',
              options: [
                { name: 'Color', value: 'Black' },
                { name: 'Size', value: 'L' },
              ],
              price: 2199,
            },
          ],
        },
      },
    );
    expect(data.createProduct.userErrors).toEqual([]);
    expect(data.createProduct.product).toMatchObject({
      slug: 'classic-tee',
      description: 'Soft cotton.',
      status: 'ACTIVE',
      category: { id: category.id },
      priceRange: { min: { amount: 1999, currency: 'USD', formatted: '$19.99' }, max: { amount: 2199 } },
      variants: [
        {
          sku: 'TEE-BLK-M',
          title: 'Black / M',
          price: { amount: 1999 },
          compareAtPrice: { amount: 2499 },
          weightGrams: 180,
        },
        {
          sku: 'TEE-BLK-L',
          title: 'Black / L',
          price: { amount: 2199 },
          compareAtPrice: null,
          weightGrams: 0,
        },
      ],
    });
  });

  it('reports every validation problem with its field', async () => {
    const data = await h.admin<{ createProduct: { product: null } & Payload }>(CREATE_PRODUCT, {
      input: {
        name: ' ',
        slug: 'Not A Slug',
        status: 'ACTIVE',
        variants: [
          { sku: 'OK-1', price: -5, weightGrams: -1, options: [{ name: 'Size', value: 'S' }] },
          { sku: 'bad sku', price: 1000, compareAtPrice: 900 },
          {
            sku: 'OK-3',
            price: 100,
            options: [
              { name: 'Size', value: 'M' },
              { name: 'size', value: 'L' },
            ],
          },
        ],
      },
    });
    expect(data.createProduct.product).toBeNull();
    expect(data.createProduct.userErrors.map((e) => [e.code, e.field!.join('.')])).toEqual([
      ['INVALID_NAME', 'input.name'],
      ['INVALID_SLUG', 'input.slug'],
      ['INVALID_PRICE', 'input.variants.0.price'],
      ['INVALID_WEIGHT', 'input.variants.0.weightGrams'],
      ['INVALID_SKU', 'input.variants.1.sku'],
      ['INVALID_COMPARE_AT_PRICE', 'input.variants.1.compareAtPrice'],
      ['INVALID_OPTIONS', 'input.variants.2.options.1.name'],
    ]);
  });

  it('refuses taken slugs and SKUs, an unknown category, and ACTIVE without variants', async () => {
    const existing = await createProduct(h, simpleProduct('Desk Lamp', 4500));
    const data = await h.admin<{ createProduct: Payload }>(CREATE_PRODUCT, {
      input: {
        name: 'Lamp',
        slug: existing.slug,
        categoryId: 'nope',
        variants: [{ sku: existing.variants[0]!.sku, price: 10 }],
      },
    });
    expect(codes(data.createProduct).sort()).toEqual(['CATEGORY_NOT_FOUND', 'SKU_TAKEN', 'SLUG_TAKEN']);
    const empty = await h.admin<{ createProduct: Payload }>(CREATE_PRODUCT, {
      input: { name: 'Nothing yet', status: 'ACTIVE' },
    });
    expect(codes(empty.createProduct)).toEqual(['PRODUCT_HAS_NO_VARIANTS']);
    const generated = await createProduct(h, simpleProduct('Desk Lamp', 4600));
    expect(generated.slug).toBe('desk-lamp-2');
  });

  it('refuses an empty category id as an unknown category, when creating and when updating', async () => {
    const created = await h.admin<{ createProduct: Payload }>(CREATE_PRODUCT, {
      input: { name: 'Uncategorised', categoryId: '' },
    });
    expect(codes(created.createProduct)).toEqual(['CATEGORY_NOT_FOUND']);
    const product = await createProduct(h, simpleProduct('Pencil Case', 900));
    const update = `mutation($id: ID!) { updateProduct(id: $id, input: { categoryId: "" }) { userErrors { code field } } }`;
    const updated = await h.admin<{ updateProduct: Payload }>(update, { id: product.id });
    expect(updated.updateProduct.userErrors).toEqual([
      { code: 'CATEGORY_NOT_FOUND', field: ['input', 'categoryId'] },
    ]);
  });

  it('updates details, moves category and archives', async () => {
    const product = await createProduct(h, simpleProduct('Travel Mug', 1500));
    const category = await createCategory(h, { name: 'Drinkware' });
    const update = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code field } } }`;
    const changed = await h.admin<{ updateProduct: { product: Record<string, unknown> } }>(update, {
      id: product.id,
      input: { name: 'Travel Mug XL', slug: 'travel-mug-xl', categoryId: category.id },
    });
    expect(changed.updateProduct.product).toMatchObject({
      name: 'Travel Mug XL',
      slug: 'travel-mug-xl',
      category: { id: category.id },
    });
    const cleared = await h.admin<{ updateProduct: { product: { category: null; name: string } } }>(update, {
      id: product.id,
      input: { categoryId: null },
    });
    expect(cleared.updateProduct.product).toMatchObject({ category: null, name: 'Travel Mug XL' });

    const archived = await h.admin<{ archiveProduct: { product: { status: string } } }>(
      `mutation($id: ID!) { archiveProduct(id: $id) { product { status } userErrors { code } } }`,
      { id: product.id },
    );
    expect(archived.archiveProduct.product.status).toBe('ARCHIVED');
    const missing = await h.admin<{ updateProduct: Payload }>(update, {
      id: 'missing',
      input: { name: 'x' },
    });
    expect(codes(missing.updateProduct)).toEqual(['PRODUCT_NOT_FOUND']);
  });

  it('adds, updates and removes variants, keeping the price range in step', async () => {
    const product = await createProduct(h, simpleProduct('Hoodie', 4000));
    const add = `mutation($productId: ID!, $input: ProductVariantInput!) { addProductVariant(productId: $productId, input: $input) {
      variant { id sku title } product { priceRange { min { amount } max { amount } } } userErrors { code field } } }`;
    const added = await h.admin<{
      addProductVariant: {
        variant: { id: string; title: string };
        product: { priceRange: unknown };
      } & Payload;
    }>(add, {
      productId: product.id,
      input: {
        sku: `HOODIE-XL-${product.id.slice(0, 6)}`,
        options: [{ name: 'Size', value: 'XL' }],
        price: 4500,
      },
    });
    expect(added.addProductVariant.userErrors).toEqual([]);
    expect(added.addProductVariant.variant.title).toBe('XL');
    expect(added.addProductVariant.product.priceRange).toEqual({
      min: { amount: 4000 },
      max: { amount: 4500 },
    });

    const clash = await h.admin<{ addProductVariant: Payload }>(add, {
      productId: product.id,
      input: { sku: product.variants[0]!.sku, options: [{ name: 'size', value: 'xl' }], price: 1 },
    });
    expect(codes(clash.addProductVariant).sort()).toEqual(['DUPLICATE_OPTIONS', 'SKU_TAKEN']);

    const update = `mutation($id: ID!, $input: UpdateProductVariantInput!) { updateProductVariant(id: $id, input: $input) {
      variant { title price { amount } compareAtPrice { amount } } product { priceRange { max { amount } } } userErrors { code field } } }`;
    const updated = await h.admin<{
      updateProductVariant: {
        variant: Record<string, unknown>;
        product: { priceRange: { max: { amount: number } } };
      };
    }>(update, {
      id: added.addProductVariant.variant.id,
      input: { price: 5200, compareAtPrice: 6000, options: [{ name: 'Size', value: 'XXL' }] },
    });
    expect(updated.updateProductVariant.variant).toEqual({
      title: 'XXL',
      price: { amount: 5200 },
      compareAtPrice: { amount: 6000 },
    });
    expect(updated.updateProductVariant.product.priceRange.max.amount).toBe(5200);
    const below = await h.admin<{ updateProductVariant: Payload }>(update, {
      id: added.addProductVariant.variant.id,
      input: { price: 7000 },
    });
    expect(below.updateProductVariant.userErrors).toEqual([
      { code: 'INVALID_COMPARE_AT_PRICE', field: ['input', 'compareAtPrice'] },
    ]);

    const remove = `mutation($id: ID!) { removeProductVariant(id: $id) { removedVariantId product { variants { id } priceRange { max { amount } } } userErrors { code } } }`;
    const removed = await h.admin<{
      removeProductVariant: {
        removedVariantId: string;
        product: { variants: unknown[]; priceRange: unknown };
      };
    }>(remove, {
      id: added.addProductVariant.variant.id,
    });
    expect(removed.removeProductVariant.removedVariantId).toBe(added.addProductVariant.variant.id);
    expect(removed.removeProductVariant.product).toEqual({
      variants: [{ id: product.variants[0]!.id }],
      priceRange: { max: { amount: 4000 } },
    });
    const last = await h.admin<{ removeProductVariant: Payload }>(remove, { id: product.variants[0]!.id });
    expect(codes(last.removeProductVariant)).toEqual(['LAST_VARIANT']);
    const again = await h.admin<{ removeProductVariant: Payload }>(remove, {
      id: added.addProductVariant.variant.id,
    });
    expect(codes(again.removeProductVariant)).toEqual(['VARIANT_NOT_FOUND']);
  });
});
