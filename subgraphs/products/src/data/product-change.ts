import { DEFAULT_CURRENCY } from '@msa/subgraph-kit';
import { publishEvent } from '@msa/events';
import { productChangedPayload, variantChangedPayload, type CategoryStep } from '../domain/catalog-events';
import { priceRange } from '../domain/price-range';
import type { ProductRecord } from '../domain/records';
import type { ProductsTx } from './database';
import { toVariantRecord } from './record-mappers';

/** Serialises writes that append to a product (variant and image positions) until the transaction ends. */
export async function lockProduct(tx: ProductsTx, productId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "products" WHERE "id" = ${productId} FOR UPDATE`;
}

/**
 * The categories from the root of the tree down to `categoryId`, in one query. The depth cap only guards
 * against a corrupted tree with a loop; real trees are a few levels deep.
 */
export async function categoryPathOf(tx: ProductsTx, categoryId: string | null): Promise<CategoryStep[]> {
  if (categoryId === null) return [];
  return tx.$queryRaw<CategoryStep[]>`
    WITH RECURSIVE "chain" AS (
      SELECT "id", "name", "parent_id", 0 AS "depth" FROM "categories" WHERE "id" = ${categoryId}
      UNION ALL
      SELECT c."id", c."name", c."parent_id", "chain"."depth" + 1
        FROM "categories" c JOIN "chain" ON c."id" = "chain"."parent_id"
       WHERE "chain"."depth" < 64
    )
    SELECT "id", "name" FROM "chain" ORDER BY "depth" DESC`;
}

/** Which variants a change touched: all live ones (status changes, creation) or the given ids. */
export type AffectedVariants = 'all' | readonly string[];

/**
 * Ends every write to a product, inside its transaction: brings the stored price range in line with the live
 * variants, then records `product.changed` and one `product.variant.changed` per affected variant in the
 * outbox, so the events commit or roll back together with the change.
 */
export async function finishProductChange(
  tx: ProductsTx,
  productId: string,
  affected: AffectedVariants,
): Promise<ProductRecord> {
  let product = await tx.product.findUniqueOrThrow({ where: { id: productId } });
  const variants = (
    await tx.productVariant.findMany({ where: { productId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })
  ).map(toVariantRecord);
  const live = variants.filter((variant) => variant.removedAt === null);

  const range = priceRange(live.map((variant) => variant.price));
  const [minPrice, maxPrice] = range ? [range.min, range.max] : [null, null];
  if (product.minPrice !== minPrice || product.maxPrice !== maxPrice) {
    product = await tx.product.update({ where: { id: productId }, data: { minPrice, maxPrice } });
  }

  await publishEvent(
    tx,
    'product.changed',
    productChangedPayload(
      product,
      live.map((variant) => variant.id),
      await categoryPathOf(tx, product.categoryId),
    ),
  );
  const touched = affected === 'all' ? live : variants.filter((variant) => affected.includes(variant.id));
  for (const variant of touched) {
    await publishEvent(
      tx,
      'product.variant.changed',
      variantChangedPayload(variant, product.status, DEFAULT_CURRENCY),
    );
  }
  return product;
}
