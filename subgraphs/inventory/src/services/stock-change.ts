import { publishEvent } from '@msa/events';
import { availableOf, enteredLowStock, revertDelta } from '../domain/stock-level';
import type { PlannedMovement } from '../domain/stock-movement';
import type { InventoryTx } from '../data/database';
import { applyStockDelta, type StockRow } from '../data/stock-level.repo';
import { recordMovement, type MovementRow } from '../data/stock-movement.repo';

export interface AppliedChange {
  before: StockRow;
  after: StockRow;
}

/**
 * Applies one planned movement with the conditional update; null when it would break 0 <= reserved <= onHand.
 * Nothing else is written, so a caller can try every line of an order before deciding to record anything.
 */
export async function tryApplyMovement(
  tx: InventoryTx,
  movement: PlannedMovement,
): Promise<AppliedChange | null> {
  const after = await applyStockDelta(tx, movement.variantId, movement.delta);
  return after ? { before: revertDelta(after, movement.delta), after } : null;
}

/**
 * Writes what every stock change owes the rest of the system, in the caller's transaction: its ledger row,
 * inventory.stock_changed, and inventory.low_stock when this change took the variant into low stock.
 */
export async function recordStockChange(
  tx: InventoryTx,
  movement: PlannedMovement,
  change: AppliedChange,
): Promise<MovementRow> {
  const { after } = change;
  const row = await recordMovement(tx, {
    variantId: movement.variantId,
    reason: movement.reason,
    onHandDelta: movement.delta.onHand,
    reservedDelta: movement.delta.reserved,
    onHandAfter: after.onHand,
    reservedAfter: after.reserved,
    note: movement.note,
    reference: movement.reference,
    actorId: movement.actorId,
  });
  await publishEvent(tx, 'inventory.stock_changed', {
    variantId: after.variantId,
    onHand: after.onHand,
    reserved: after.reserved,
    available: availableOf(after),
  });
  if (enteredLowStock(change.before, after)) {
    await publishEvent(tx, 'inventory.low_stock', {
      variantId: after.variantId,
      available: availableOf(after),
      threshold: after.lowStockThreshold,
    });
  }
  return row;
}

/**
 * For movements that cannot be refused when the service's own bookkeeping is right (committing or releasing
 * units this order holds): a refusal means the books disagree, and the whole transaction must roll back.
 */
export async function applyHeldMovement(tx: InventoryTx, movement: PlannedMovement): Promise<MovementRow> {
  const change = await tryApplyMovement(tx, movement);
  if (!change) {
    throw new Error(
      `Stock of ${movement.variantId} refused a ${movement.reason} of ${JSON.stringify(movement.delta)} for ${movement.reference}: reservations and stock levels disagree`,
    );
  }
  return recordStockChange(tx, movement, change);
}
