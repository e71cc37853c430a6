import type { ShippingDb, ShippingTx } from './database';

/**
 * Records a variant's weight from the catalog. A row only moves forward in event time, so a late
 * redelivery of an older change cannot overwrite a newer weight.
 */
export async function applyVariantWeight(
  tx: ShippingTx,
  change: { variantId: string; weightGrams: number; changedAt: Date },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "variant_weights" ("variant_id", "weight_grams", "changed_at")
    VALUES (${change.variantId}, ${change.weightGrams}, ${change.changedAt})
    ON CONFLICT ("variant_id") DO UPDATE SET
      "weight_grams" = EXCLUDED."weight_grams", "changed_at" = EXCLUDED."changed_at"
    WHERE "variant_weights"."changed_at" <= EXCLUDED."changed_at"`;
}

/** Known weights by variant id; variants the catalog never announced are absent. */
export async function variantWeights(
  db: ShippingDb,
  variantIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = [...new Set(variantIds)];
  if (!ids.length) return new Map();
  const rows = await db.variantWeight.findMany({
    where: { variantId: { in: ids } },
    select: { variantId: true, weightGrams: true },
  });
  return new Map(rows.map((row) => [row.variantId, row.weightGrams]));
}
