import { publishEvent } from '@msa/events';
import { badUserInput } from '@msa/subgraph-kit';
import { adjustmentProblems, thresholdProblems, type InputProblem } from '../domain/stock-adjustment';
import { availableOf, enteredLowStock } from '../domain/stock-level';
import { planMovement } from '../domain/stock-movement';
import { inTransaction, type InventoryDb } from '../data/database';
import { ensureStockLevel, findStockLevels, updateLowStockThreshold } from '../data/stock-level.repo';
import { recordStockChange, tryApplyMovement } from './stock-change';
import {
  toStockLevelView,
  toStockMovementView,
  type StockLevelView,
  type StockMovementView,
} from './stock-views';

function rejectProblems(problems: InputProblem[]): void {
  const first = problems[0];
  if (first) throw badUserInput(problems.map((p) => p.message).join('; '), [first.field]);
}

export type AdjustStockOutcome =
  | { ok: true; stock: StockLevelView; movement: StockMovementView }
  | { ok: false; code: 'INSUFFICIENT_STOCK'; message: string; stock: StockLevelView | null };

/**
 * An admin changes what is on the shelf by a signed delta (a delivery, a count correction, damage). A variant
 * without a stock row gets one: the admin vouches for the id. The shelf may never drop below zero or below
 * what is already reserved for orders.
 */
export async function adjustStock(
  db: InventoryDb,
  input: { variantId: string; delta: number; reason: string; actorId: string },
): Promise<AdjustStockOutcome> {
  rejectProblems(adjustmentProblems(input));
  const variantId = input.variantId.trim();
  return inTransaction(db, async (tx): Promise<AdjustStockOutcome> => {
    if (input.delta > 0) await ensureStockLevel(tx, variantId);
    const movement = planMovement(variantId, 'ADJUSTMENT', input.delta, {
      note: input.reason.trim(),
      actorId: input.actorId,
    });
    const change = await tryApplyMovement(tx, movement);
    if (!change) {
      const current = (await findStockLevels(tx, [variantId]))[0];
      const message = current
        ? `Cannot remove ${-input.delta}: ${current.onHand} on hand, ${current.reserved} of them reserved for orders`
        : `Cannot remove ${-input.delta}: no stock is recorded for this variant`;
      return {
        ok: false,
        code: 'INSUFFICIENT_STOCK',
        message,
        stock: current ? toStockLevelView(current) : null,
      };
    }
    const row = await recordStockChange(tx, movement, change);
    return { ok: true, stock: toStockLevelView(change.after), movement: toStockMovementView(row) };
  });
}

/**
 * Sets the level at or below which a variant counts as low on stock. Lowering stock is not the only way in:
 * raising the threshold above what is available also emits inventory.low_stock.
 */
export async function setLowStockThreshold(
  db: InventoryDb,
  input: { variantId: string; threshold: number },
): Promise<StockLevelView> {
  rejectProblems(thresholdProblems(input));
  const variantId = input.variantId.trim();
  return inTransaction(db, async (tx) => {
    const { before, after } = await updateLowStockThreshold(tx, variantId, input.threshold);
    if (enteredLowStock(before, after)) {
      await publishEvent(tx, 'inventory.low_stock', {
        variantId,
        available: availableOf(after),
        threshold: after.lowStockThreshold,
      });
    }
    return toStockLevelView(after);
  });
}
