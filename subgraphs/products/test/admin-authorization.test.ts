import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestKeys, errorCode, expectData } from '@msa/testing';
import { startProductsHarness, type ProductsHarness } from './support/products-harness';

let h: ProductsHarness;
beforeAll(async () => {
  h = await startProductsHarness();
});
afterAll(() => h?.stop());

describe('authorization', () => {
  const mutations = [
    `mutation { createProduct(input: { name: "X" }) { userErrors { code } } }`,
    `mutation { updateProduct(id: "x", input: { name: "X" }) { userErrors { code } } }`,
    `mutation { archiveProduct(id: "x") { userErrors { code } } }`,
    `mutation { addProductVariant(productId: "x", input: { sku: "X", price: 1 }) { userErrors { code } } }`,
    `mutation { updateProductVariant(id: "x", input: { price: 1 }) { userErrors { code } } }`,
    `mutation { removeProductVariant(id: "x") { userErrors { code } } }`,
    `mutation { createCategory(input: { name: "X" }) { userErrors { code } } }`,
    `mutation { updateCategory(id: "x", input: { name: "X" }) { userErrors { code } } }`,
    `mutation { deleteCategory(id: "x") { userErrors { code } } }`,
    `mutation { reorderProductImages(productId: "x", imageIds: []) { userErrors { code } } }`,
    `mutation { removeProductImage(imageId: "x") { userErrors { code } } }`,
  ];

  it('lets only admins change the catalog', async () => {
    for (const mutation of mutations) {
      expect(errorCode(await h.gql(mutation)), mutation).toBe('UNAUTHENTICATED');
      expect(errorCode(await h.gql(mutation, {}, h.customerToken)), mutation).toBe('FORBIDDEN');
      expect(errorCode(await h.gql(mutation, {}, h.staffToken)), mutation).toBe('FORBIDDEN');
    }
    const countBefore = expectData(
      await h.gql<{ products: { totalCount: number } }>('{ products { totalCount } }', {}, h.adminToken),
    );
    await h.gql(
      `mutation { createProduct(input: { name: "Sneaky" }) { userErrors { code } } }`,
      {},
      h.customerToken,
    );
    const countAfter = expectData(
      await h.gql<{ products: { totalCount: number } }>('{ products { totalCount } }', {}, h.adminToken),
    );
    expect(countAfter.products.totalCount).toBe(countBefore.products.totalCount);
  });

  it('rejects a forged token', async () => {
    const forged = await (await createTestKeys()).tokenFor('ADMIN');
    expect(errorCode(await h.gql(mutations[0]!, {}, forged))).toBe('UNAUTHENTICATED');
  });
});
