import type { EventPayloads } from '@msa/events';
import type { ReviewsReader, ReviewsTx } from './database';

/** The product a variant belongs to, as last announced by the catalog; null for a variant never announced. */
export async function productOfVariant(tx: ReviewsTx, variantId: string): Promise<string | null> {
  const row = await tx.catalogVariant.findUnique({ where: { variantId }, select: { productId: true } });
  return row?.productId ?? null;
}

/** Upserts the variant, moving only forward in event time: a late, older event changes nothing. */
export async function applyVariantChange(
  tx: ReviewsTx,
  change: EventPayloads['product.variant.changed'],
  occurredAt: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "catalog_variants" ("variant_id", "product_id", "purchasable", "catalog_at")
    VALUES (${change.variantId}, ${change.productId}, ${change.purchasable}, ${occurredAt})
    ON CONFLICT ("variant_id") DO UPDATE SET
      "product_id" = EXCLUDED."product_id", "purchasable" = EXCLUDED."purchasable", "catalog_at" = EXCLUDED."catalog_at"
    WHERE "catalog_variants"."catalog_at" <= EXCLUDED."catalog_at"`;
}

/** A product is known once the catalog announced any of its variants. */
export async function isKnownProduct(db: ReviewsReader, productId: string): Promise<boolean> {
  return (await db.catalogVariant.findFirst({ where: { productId }, select: { variantId: true } })) !== null;
}

/**
 * A product customers can review: the catalog announced a purchasable variant of it (its product is ACTIVE).
 * DRAFT and ARCHIVED products are not, so a review can never reveal an unpublished product.
 */
export async function isLiveProduct(db: ReviewsReader, productId: string): Promise<boolean> {
  return (
    (await db.catalogVariant.findFirst({
      where: { productId, purchasable: true },
      select: { variantId: true },
    })) !== null
  );
}
