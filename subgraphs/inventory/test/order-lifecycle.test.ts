import { describe, expect, it } from 'vitest';
import { commitReservation, ReservationNotHeldError } from '../src/services/commit-reservation';
import { sweepExpiredReservations } from '../src/services/expire-reservations';
import { releaseReservation } from '../src/services/release-reservation';
import { reserveStock } from '../src/services/reserve-stock';
import { restockOrder } from '../src/services/restock-order';
import {
  eventsFor,
  outboxEvents,
  seedStock,
  stockOf,
  inventoryDatabaseForFile,
  newOrderId as order,
  newVariantId as variant,
  stockMovements,
} from './support/inventory-harness';

describe('commit, release, restock and expiry against the real database', () => {
  const testDb = inventoryDatabaseForFile();
  const movementsOf = (variantId: string) => stockMovements(testDb.db, variantId);

  it('commits held stock, then restocks it once, with a ledger entry for each step', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10);
    const orderId = order();
    await reserveStock(testDb.db, { orderId, lines: [{ variantId, quantity: 4 }], ttlSeconds: 600 });

    expect(await commitReservation(testDb.db, { orderId })).toEqual({ kind: 'committed' });
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 6, reserved: 0, available: 6 });
    expect(await commitReservation(testDb.db, { orderId })).toEqual({ kind: 'already-committed' });
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 6, reserved: 0, available: 6 });

    // A release after the commit leaves committed stock alone: returning it is a restock.
    expect(await releaseReservation(testDb.db, { orderId, reason: 'late cancel' })).toEqual({
      kind: 'released',
      lines: 0,
    });
    expect(
      await restockOrder(testDb.db, { orderId, lines: [{ variantId, quantity: 3 }], reason: 'return' }),
    ).toEqual({ kind: 'restocked', units: 3 });
    expect(
      await restockOrder(testDb.db, { orderId, lines: [{ variantId, quantity: 4 }], reason: 'return' }),
    ).toEqual({ kind: 'restocked', units: 1 });
    expect(
      await restockOrder(testDb.db, { orderId, lines: [{ variantId, quantity: 4 }], reason: 'return' }),
    ).toEqual({ kind: 'restocked', units: 0 });
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 10, reserved: 0, available: 10 });

    const ledger = await movementsOf(variantId);
    expect(
      ledger.map((m) => [
        m.reason,
        m.onHandDelta,
        m.reservedDelta,
        m.onHandAfter,
        m.reservedAfter,
        m.reference,
      ]),
    ).toEqual([
      ['RESERVATION', 0, 4, 10, 4, orderId],
      ['COMMIT', -4, -4, 6, 0, orderId],
      ['RESTOCK', 3, 0, 9, 0, orderId],
      ['RESTOCK', 1, 0, 10, 0, orderId],
    ]);
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.committed'), orderId)).toHaveLength(2);
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.restocked'), orderId)).toHaveLength(3);
    const changes = (await outboxEvents(testDb.db, 'inventory.stock_changed')).filter(
      (e) => e.variantId === variantId,
    );
    expect(changes.map((e) => e.available)).toEqual([6, 6, 9, 10]);
  });

  it('releases held stock with its reason in the ledger', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 5);
    const orderId = order();
    await reserveStock(testDb.db, { orderId, lines: [{ variantId, quantity: 5 }], ttlSeconds: 600 });
    expect(await releaseReservation(testDb.db, { orderId, reason: 'payment declined' })).toEqual({
      kind: 'released',
      lines: 1,
    });
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(await testDb.db.reservation.findFirst({ where: { orderId }, select: { status: true } })).toEqual({
      status: 'RELEASED',
    });
    const release = (await movementsOf(variantId)).find((m) => m.reason === 'RELEASE');
    expect(release).toMatchObject({ reservedDelta: -5, note: 'payment declined', reference: orderId });
    // Releasing again is a no-op that still answers.
    expect(await releaseReservation(testDb.db, { orderId, reason: 'payment declined' })).toEqual({
      kind: 'released',
      lines: 0,
    });
    expect(await movementsOf(variantId)).toHaveLength(2);
  });

  it('refuses to commit an order whose hold ended, changing nothing', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 5);
    const orderId = order();
    await reserveStock(testDb.db, { orderId, lines: [{ variantId, quantity: 2 }], ttlSeconds: 600 });
    await releaseReservation(testDb.db, { orderId, reason: 'timeout' });
    await expect(commitReservation(testDb.db, { orderId })).rejects.toBeInstanceOf(ReservationNotHeldError);
    await expect(commitReservation(testDb.db, { orderId: order() })).rejects.toThrow(/no reservation/);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.committed'), orderId)).toHaveLength(0);
  });

  it('expires overdue holds in the sweep and tells the order service', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 8);
    const [overdue, fresh] = [order(), order()];
    const past = new Date(Date.now() - 120_000);
    await reserveStock(
      testDb.db,
      { orderId: overdue, lines: [{ variantId, quantity: 3 }], ttlSeconds: 60 },
      { now: past },
    );
    await reserveStock(testDb.db, { orderId: fresh, lines: [{ variantId, quantity: 2 }], ttlSeconds: 600 });

    expect(await sweepExpiredReservations(testDb.db)).toBeGreaterThanOrEqual(1);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 8, reserved: 2, available: 6 });
    expect(
      await testDb.db.reservation.findFirst({ where: { orderId: overdue }, select: { status: true } }),
    ).toEqual({ status: 'EXPIRED' });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.released'), overdue)).toHaveLength(1);
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.released'), fresh)).toHaveLength(0);
    expect((await movementsOf(variantId)).filter((m) => m.reason === 'EXPIRY')).toEqual([
      expect.objectContaining({ reservedDelta: -3, reference: overdue }),
    ]);
    await expect(commitReservation(testDb.db, { orderId: overdue })).rejects.toThrow(/EXPIRED/);
    expect(await sweepExpiredReservations(testDb.db)).toBe(0);
  });

  it('emits low stock once when available crosses the threshold, and again after a refill', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10, 5);
    const reserve = (quantity: number) =>
      reserveStock(testDb.db, { orderId: order(), lines: [{ variantId, quantity }], ttlSeconds: 600 });
    const lowStockEvents = async () =>
      (await outboxEvents(testDb.db, 'inventory.low_stock')).filter((e) => e.variantId === variantId);

    await reserve(3);
    expect(await lowStockEvents()).toHaveLength(0);
    await reserve(2);
    expect(await lowStockEvents()).toEqual([{ variantId, available: 5, threshold: 5 }]);
    await reserve(1);
    await reserve(1);
    expect(await lowStockEvents()).toHaveLength(1);

    await testDb.db.stockLevel.update({ where: { variantId }, data: { onHand: { increment: 10 } } });
    await reserve(8);
    expect(await lowStockEvents()).toEqual([
      { variantId, available: 5, threshold: 5 },
      { variantId, available: 5, threshold: 5 },
    ]);
  });
});
