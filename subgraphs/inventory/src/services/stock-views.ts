import { availableOf, emptyStock, isLowStock, type StockSnapshot } from '../domain/stock-level';
import type { MovementReason } from '../domain/stock-movement';
import type { MovementRow } from '../data/stock-movement.repo';

/** What the GraphQL StockLevel type shows. */
export interface StockLevelView {
  variantId: string;
  variant: { id: string };
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  lowStock: boolean;
  updatedAt: Date | null;
}

export function toStockLevelView(
  row: StockSnapshot & { variantId: string; updatedAt?: Date | null },
): StockLevelView {
  return {
    variantId: row.variantId,
    variant: { id: row.variantId },
    onHand: row.onHand,
    reserved: row.reserved,
    available: availableOf(row),
    lowStockThreshold: row.lowStockThreshold,
    lowStock: isLowStock(row),
    updatedAt: row.updatedAt ?? null,
  };
}

/** A variant without a stock row has nothing to sell. */
export function emptyStockLevelView(variantId: string): StockLevelView {
  return toStockLevelView(emptyStock(variantId));
}

/** What the GraphQL StockMovement type shows. */
export interface StockMovementView {
  id: string;
  variantId: string;
  variant: { id: string };
  reason: MovementReason;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  note: string | null;
  reference: string | null;
  actor: { id: string } | null;
  createdAt: Date;
}

export function toStockMovementView(row: MovementRow): StockMovementView {
  return {
    id: row.id,
    variantId: row.variantId,
    variant: { id: row.variantId },
    reason: row.reason,
    onHandDelta: row.onHandDelta,
    reservedDelta: row.reservedDelta,
    onHandAfter: row.onHandAfter,
    reservedAfter: row.reservedAfter,
    note: row.note,
    reference: row.reference,
    actor: row.actorId ? { id: row.actorId } : null,
    createdAt: row.createdAt,
  };
}
