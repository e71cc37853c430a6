import { publishEvent, type CommandPayloads } from '@msa/events';
import { expiresAtFor, normalizeLines, planReservation, type OrderLine } from '../domain/reservation-plan';
import { planMovement, type PlannedMovement } from '../domain/stock-movement';
import { DUPLICATE_MESSAGE, inTransactionOnce, type InventoryDb, type InventoryTx } from '../data/database';
import { findOrderReservations, holdReservations, lockOrder } from '../data/reservation.repo';
import { existingVariantIds } from '../data/stock-level.repo';
import type { MessageOptions } from './message-options';
import { recordStockChange, tryApplyMovement, type AppliedChange } from './stock-change';

export type ReserveOutcome =
  | { kind: 'reserved'; reservationIds: string[] }
  | { kind: 'failed'; code: 'OUT_OF_STOCK' | 'UNKNOWN_VARIANT'; variantIds: string[] }
  | { kind: 'duplicate' };

async function fail(
  tx: InventoryTx,
  orderId: string,
  code: 'OUT_OF_STOCK' | 'UNKNOWN_VARIANT',
  variantIds: string[],
): Promise<ReserveOutcome> {
  const message =
    code === 'UNKNOWN_VARIANT'
      ? `No stock is kept for variant(s) ${variantIds.join(', ')}`
      : `Not enough stock for variant(s) ${variantIds.join(', ')}`;
  await publishEvent(tx, 'inventory.reservation_failed', { orderId, code, variantIds, message });
  return { kind: 'failed', code, variantIds };
}

/**
 * Holds every line or none. Each line is one conditional UPDATE (see applyStockDelta); all are tried inside a
 * savepoint so one short line rolls back the others and the reply can name every short variant.
 */
async function holdAllOrNothing(
  tx: InventoryTx,
  orderId: string,
  lines: readonly OrderLine[],
): Promise<string[]> {
  await tx.$executeRawUnsafe('SAVEPOINT reserve_lines');
  const applied: { movement: PlannedMovement; change: AppliedChange }[] = [];
  const short: string[] = [];
  for (const line of lines) {
    const movement = planMovement(line.variantId, 'RESERVATION', line.quantity, { reference: orderId });
    const change = await tryApplyMovement(tx, movement);
    if (change) applied.push({ movement, change });
    else short.push(line.variantId);
  }
  if (short.length > 0) {
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT reserve_lines');
    return short;
  }
  await tx.$executeRawUnsafe('RELEASE SAVEPOINT reserve_lines');
  for (const { movement, change } of applied) await recordStockChange(tx, movement, change);
  return [];
}

/**
 * inventory.reserve: holds stock for an order until it is committed, released or expires, and replies
 * inventory.reserved or inventory.reservation_failed. Idempotent per order: lines already held are not held
 * again, and a repeated command answers inventory.reserved with the same reservations.
 */
export async function reserveStock(
  db: InventoryDb,
  command: CommandPayloads['inventory.reserve'],
  options: MessageOptions = {},
): Promise<ReserveOutcome> {
  const lines = normalizeLines(command.lines);
  const expiresAt = expiresAtFor(options.now ?? new Date(), command.ttlSeconds);
  const { orderId } = command;

  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<ReserveOutcome> => {
    await lockOrder(tx, orderId);
    const toHold = planReservation(await findOrderReservations(tx, orderId), lines);
    if (toHold.length > 0) {
      const known = await existingVariantIds(
        tx,
        toHold.map((line) => line.variantId),
      );
      const unknown = toHold.filter((line) => !known.has(line.variantId)).map((line) => line.variantId);
      if (unknown.length > 0) return fail(tx, orderId, 'UNKNOWN_VARIANT', unknown);
      const short = await holdAllOrNothing(tx, orderId, toHold);
      if (short.length > 0) return fail(tx, orderId, 'OUT_OF_STOCK', short);
      await holdReservations(tx, orderId, toHold, expiresAt);
    }
    const held = (await findOrderReservations(tx, orderId)).filter(
      (r) => r.status === 'ACTIVE' || r.status === 'COMMITTED',
    );
    const reservationIds = held.map((r) => r.id);
    await publishEvent(tx, 'inventory.reserved', { orderId, reservationIds });
    return { kind: 'reserved', reservationIds };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
