import { expectData, graphqlRequest } from '@msa/testing';
import type { ExistingIds } from './fuzz-cases';

interface Created {
  categoryId: string;
  productId: string;
  variantId: string;
  promotionId: string;
}

/**
 * One category, one active product with a variant, and one promotion, created by staff, so that the fuzz's
 * calls that name an object name one that exists and their hostile values reach validation. Only operations
 * that read or change an object get these ids; the ones that delete or archive it keep fresh ids, so every
 * call finds the objects as they were created.
 */
export async function createFuzzObjects(routerUrl: string, staffToken: string): Promise<ExistingIds> {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    expectData(await graphqlRequest<T>(routerUrl, query, variables, { token: staffToken }));
  const suffix = Date.now().toString(36);
  const category = await call<{ createCategory: { category: { id: string } } }>(
    'mutation($name: String!) { createCategory(input: { name: $name }) { category { id } } }',
    { name: `Fuzz category ${suffix}` },
  );
  const categoryId = category.createCategory.category.id;
  const product = await call<{ createProduct: { product: { id: string; variants: { id: string }[] } } }>(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { id } } } }',
    {
      input: {
        name: `Fuzz product ${suffix}`,
        categoryId,
        status: 'ACTIVE',
        variants: [{ sku: `FUZZ-${suffix}`, price: 1_000, weightGrams: 100 }],
      },
    },
  );
  const productId = product.createProduct.product.id;
  const variantId = product.createProduct.product.variants[0]!.id;
  const promotion = await call<{ createPromotion: { promotion: { id: string } } }>(
    'mutation($p: ID!) { createPromotion(input: { name: "Fuzz promotion", actions: [{ linesAmountOff: { amountPerUnit: 100, productIds: [$p] } }] }) { promotion { id } } }',
    { p: productId },
  );
  return existingIds({
    categoryId,
    productId,
    variantId,
    promotionId: promotion.createPromotion.promotion.id,
  });
}

function existingIds(created: Created): ExistingIds {
  const byOperation: Record<string, string> = {
    'Query.category': created.categoryId,
    'Mutation.updateCategory': created.categoryId,
    'Query.product': created.productId,
    'Mutation.updateProduct': created.productId,
    'Mutation.updateProductVariant': created.variantId,
    'Query.promotion': created.promotionId,
    'Query.promotionStats': created.promotionId,
    'Mutation.updatePromotion': created.promotionId,
  };
  const byName: Record<string, string> = {
    categoryId: created.categoryId,
    categoryIds: created.categoryId,
    parentId: created.categoryId,
    productId: created.productId,
    productIds: created.productId,
    variantId: created.variantId,
  };
  return (operation, name) => (name === 'id' ? byOperation[operation] : byName[name]);
}
