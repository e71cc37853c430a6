import type { EventPayloads } from '@msa/events';
import type { ProductRecord, ProductStatus, VariantRecord } from './records';

/** A variant can be put in a cart when it has not been removed and its product is live. */
export function isPurchasable(
  variant: Pick<VariantRecord, 'removedAt'>,
  productStatus: ProductStatus,
): boolean {
  return variant.removedAt === null && productStatus === 'ACTIVE';
}

/** A category on the path from the root of the tree down to a product's category. */
export interface CategoryStep {
  id: string;
  name: string;
}

/**
 * Carries the catalog facts search indexes (name, description, the category path from the root down), so
 * consumers never read the products database.
 */
export function productChangedPayload(
  product: Pick<ProductRecord, 'id' | 'slug' | 'name' | 'description' | 'status' | 'categoryId'>,
  liveVariantIds: string[],
  categoryPath: readonly CategoryStep[],
): EventPayloads['product.changed'] {
  return {
    productId: product.id,
    status: product.status,
    categoryId: product.categoryId,
    variantIds: liveVariantIds,
    slug: product.slug,
    name: product.name,
    description: product.description,
    categoryPath: categoryPath.map((step) => step.name),
    categoryIds: categoryPath.map((step) => step.id),
  };
}

export function variantChangedPayload(
  variant: VariantRecord,
  productStatus: ProductStatus,
  currency: string,
): EventPayloads['product.variant.changed'] {
  return {
    variantId: variant.id,
    productId: variant.productId,
    sku: variant.sku,
    price: variant.price,
    currency,
    purchasable: isPurchasable(variant, productStatus),
    weightGrams: variant.weightGrams,
  };
}
