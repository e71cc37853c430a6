import type { PromotionsDb, PromotionsTx } from './database';

/**
 * The catalog facts conditions need (variant → product → categories), kept from product events. Each row only
 * moves forward in event time, so an older event arriving late cannot undo a newer one.
 */
export async function upsertVariantProduct(
  tx: PromotionsTx,
  variantId: string,
  productId: string,
  eventAt: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "catalog_variants" ("variant_id", "product_id", "event_at") VALUES (${variantId}, ${productId}, ${eventAt})
    ON CONFLICT ("variant_id") DO UPDATE SET "product_id" = EXCLUDED."product_id", "event_at" = EXCLUDED."event_at"
    WHERE "catalog_variants"."event_at" <= EXCLUDED."event_at"`;
}

export async function upsertProductCategories(
  tx: PromotionsTx,
  productId: string,
  categoryIds: readonly string[],
  eventAt: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "catalog_products" ("product_id", "category_ids", "event_at") VALUES (${productId}, ${[...categoryIds]}::text[], ${eventAt})
    ON CONFLICT ("product_id") DO UPDATE SET "category_ids" = EXCLUDED."category_ids", "event_at" = EXCLUDED."event_at"
    WHERE "catalog_products"."event_at" <= EXCLUDED."event_at"`;
}

export interface VariantCatalogFacts {
  variantId: string;
  productId: string;
  categoryIds: string[];
}

/** Facts for many variants in one query; variants never announced are simply absent. */
export async function findVariantFacts(
  db: PromotionsDb,
  variantIds: readonly string[],
): Promise<VariantCatalogFacts[]> {
  if (variantIds.length === 0) return [];
  return db.$queryRaw<VariantCatalogFacts[]>`
    SELECT v."variant_id" AS "variantId", v."product_id" AS "productId", COALESCE(p."category_ids", ARRAY[]::text[]) AS "categoryIds"
      FROM "catalog_variants" v
      LEFT JOIN "catalog_products" p ON p."product_id" = v."product_id"
     WHERE v."variant_id" = ANY(${[...variantIds]}::text[])`;
}
