import { publishEvent } from '@msa/events';
import { planExpiry } from '../domain/reservation-plan';
import { planMovement } from '../domain/stock-movement';
import { inTransaction, type InventoryDb } from '../data/database';
import {
  findOrderReservations,
  findOverdueOrderIds,
  setReservationStatus,
  tryLockOrder,
} from '../data/reservation.repo';
import { applyHeldMovement } from './stock-change';

/**
 * Releases an order's overdue holds (status EXPIRED, ledger reason EXPIRY) and tells the order service with
 * inventory.released. Skips an order another transaction holds right now (a replica's sweeper, a command in
 * flight); it is still overdue at the next sweep if it needs to be. Returns true when something expired.
 */
export async function expireOrderReservations(db: InventoryDb, orderId: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if (!(await tryLockOrder(tx, orderId))) return false;
    const overdue = planExpiry(await findOrderReservations(tx, orderId), now);
    if (overdue.length === 0) return false;
    for (const reservation of overdue) {
      await applyHeldMovement(
        tx,
        planMovement(reservation.variantId, 'EXPIRY', reservation.quantity, {
          reference: orderId,
          note: 'reservation expired',
        }),
      );
    }
    await setReservationStatus(
      tx,
      overdue.map((r) => r.id),
      'EXPIRED',
    );
    await publishEvent(tx, 'inventory.released', { orderId });
    return true;
  });
}

/** Expires every overdue order, a batch at a time, one transaction per order; returns how many expired. */
export async function sweepExpiredReservations(
  db: InventoryDb,
  now = new Date(),
  batchSize = 100,
): Promise<number> {
  let expired = 0;
  for (;;) {
    const orderIds = await findOverdueOrderIds(db, now, batchSize);
    let progressed = 0;
    for (const orderId of orderIds) {
      if (await expireOrderReservations(db, orderId, now)) progressed += 1;
    }
    expired += progressed;
    // A short batch was the last one; a batch where every order was busy would only be fetched again.
    if (orderIds.length < batchSize || progressed === 0) return expired;
  }
}
