import type { EventPayloads } from '@msa/events';
import type { ProductRecord, ProductStatus, VariantRecord } from './records';

/** A variant can be put in a cart when it has not been removed and its product is live. */
export function isPurchasable(
  variant: Pick<VariantRecord, 'removedAt'>,
  productStatus: ProductStatus,
): boolean {
  return variant.removedAt === null && productStatus === 'ACTIVE';
}

export function productChangedPayload(
  product: Pick<ProductRecord, 'id' | 'status' | 'categoryId'>,
  liveVariantIds: string[],
): EventPayloads['product.changed'] {
  return {
    productId: product.id,
    status: product.status,
    categoryId: product.categoryId,
    variantIds: liveVariantIds,
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
