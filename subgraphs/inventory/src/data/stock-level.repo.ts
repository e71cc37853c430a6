import type { StockNumbers } from '../domain/stock-level';
import type { InventoryDb, InventoryTx } from './database';

export interface StockRow {
  variantId: string;
  onHand: number;
  reserved: number;
  lowStockThreshold: number;
  updatedAt: Date;
}

const STOCK_COLUMNS = {
  variantId: true,
  onHand: true,
  reserved: true,
  lowStockThreshold: true,
  updatedAt: true,
} as const;

export function findStockLevels(
  db: InventoryDb | InventoryTx,
  variantIds: readonly string[],
): Promise<StockRow[]> {
  return db.stockLevel.findMany({ where: { variantId: { in: [...variantIds] } }, select: STOCK_COLUMNS });
}

export async function existingVariantIds(
  tx: InventoryTx,
  variantIds: readonly string[],
): Promise<Set<string>> {
  const rows = await tx.stockLevel.findMany({
    where: { variantId: { in: [...variantIds] } },
    select: { variantId: true },
  });
  return new Set(rows.map((row) => row.variantId));
}

/** Creates an empty stock row for a variant that has none; returns true when it was created. */
export async function ensureStockLevel(tx: InventoryDb | InventoryTx, variantId: string): Promise<boolean> {
  const { count } = await tx.stockLevel.createMany({ data: [{ variantId }], skipDuplicates: true });
  return count === 1;
}

/**
 * The one way stock numbers change: a single conditional UPDATE that applies the delta only if the result
 * keeps 0 <= reserved <= onHand. Concurrent writers serialize on the row lock and Postgres re-checks the
 * condition against the latest row, so available stock never goes below zero whatever runs at once. For a
 * reservation (reserved + q) the condition is exactly `on_hand - reserved >= q`. Returns the row after the
 * change, or null when the change was refused (or the row does not exist).
 */
export async function applyStockDelta(
  tx: InventoryTx,
  variantId: string,
  delta: StockNumbers,
): Promise<StockRow | null> {
  const rows = await tx.$queryRaw<StockRow[]>`
    UPDATE "stock_levels"
       SET "on_hand" = "on_hand" + ${delta.onHand}::int,
           "reserved" = "reserved" + ${delta.reserved}::int,
           "updated_at" = CURRENT_TIMESTAMP
     WHERE "variant_id" = ${variantId}
       AND "on_hand" + ${delta.onHand}::int >= 0
       AND "reserved" + ${delta.reserved}::int >= 0
       AND "reserved" + ${delta.reserved}::int <= "on_hand" + ${delta.onHand}::int
 RETURNING "variant_id" AS "variantId", "on_hand" AS "onHand", "reserved", "low_stock_threshold" AS "lowStockThreshold",
           "updated_at" AS "updatedAt"`;
  return rows[0] ?? null;
}

/** Sets a threshold and returns the row before and after, read under the row lock. */
export async function updateLowStockThreshold(
  tx: InventoryTx,
  variantId: string,
  threshold: number,
): Promise<{ before: StockRow; after: StockRow }> {
  await ensureStockLevel(tx, variantId);
  const locked = await tx.$queryRaw<StockRow[]>`
    SELECT "variant_id" AS "variantId", "on_hand" AS "onHand", "reserved", "low_stock_threshold" AS "lowStockThreshold",
           "updated_at" AS "updatedAt"
      FROM "stock_levels" WHERE "variant_id" = ${variantId} FOR UPDATE`;
  const before = locked[0];
  if (!before) throw new Error(`Stock row of ${variantId} vanished inside its transaction`);
  const after = await tx.stockLevel.update({
    where: { variantId },
    data: { lowStockThreshold: threshold },
    select: STOCK_COLUMNS,
  });
  return { before, after };
}

export interface LowStockCursor {
  available: number;
  variantId: string;
}

/** Variants at or below their threshold, the emptiest first. */
export function findLowStockPage(
  db: InventoryDb,
  after: LowStockCursor | null,
  take: number,
): Promise<StockRow[]> {
  const afterAvailable = after?.available ?? null;
  const afterVariant = after?.variantId ?? '';
  return db.$queryRaw<StockRow[]>`
    SELECT "variant_id" AS "variantId", "on_hand" AS "onHand", "reserved", "low_stock_threshold" AS "lowStockThreshold",
           "updated_at" AS "updatedAt"
      FROM "stock_levels"
     WHERE "on_hand" - "reserved" <= "low_stock_threshold"
       AND (${afterAvailable}::int IS NULL OR ("on_hand" - "reserved", "variant_id") > (${afterAvailable}::int, ${afterVariant}))
     ORDER BY "on_hand" - "reserved", "variant_id"
     LIMIT ${take}`;
}

export async function countLowStock(db: InventoryDb): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "stock_levels" WHERE "on_hand" - "reserved" <= "low_stock_threshold"`;
  return rows[0]?.count ?? 0;
}
