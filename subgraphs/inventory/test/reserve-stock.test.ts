import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidCommandError } from '../src/domain/reservation-plan';
import { releaseReservation } from '../src/services/release-reservation';
import { reserveStock } from '../src/services/reserve-stock';
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

describe('reserving stock against the real database', () => {
  const testDb = inventoryDatabaseForFile();
  const movementsOf = (variantId: string) => stockMovements(testDb.db, variantId);

  it('never oversells: 200 concurrent single-unit orders against 50 units', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 50);
    const orderIds = Array.from({ length: 200 }, order);

    const outcomes = await Promise.all(
      orderIds.map((orderId) =>
        reserveStock(testDb.db, { orderId, lines: [{ variantId, quantity: 1 }], ttlSeconds: 600 }),
      ),
    );

    expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(50);
    expect(outcomes.filter((o) => o.kind === 'failed' && o.code === 'OUT_OF_STOCK')).toHaveLength(150);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 50, reserved: 50, available: 0 });
    expect(await testDb.db.reservation.count({ where: { variantId, status: 'ACTIVE' } })).toBe(50);
    const ledger = await movementsOf(variantId);
    expect(ledger).toHaveLength(50);
    expect(
      ledger.every((m) => m.reason === 'RESERVATION' && m.reservedDelta === 1 && m.onHandDelta === 0),
    ).toBe(true);
    const replies = new Set((await outboxEvents(testDb.db, 'inventory.reserved')).map((e) => e.orderId));
    const failures = (await outboxEvents(testDb.db, 'inventory.reservation_failed')).filter((e) =>
      orderIds.includes(e.orderId),
    );
    expect(orderIds.filter((id) => replies.has(id))).toHaveLength(50);
    expect(failures).toHaveLength(150);
    expect(failures[0]).toMatchObject({ code: 'OUT_OF_STOCK', variantIds: [variantId] });
  });

  it('holds all lines of an order or none, without deadlocks when orders list lines differently', async () => {
    const [a, b] = [variant(), variant()];
    await seedStock(testDb.db, a, 30);
    await seedStock(testDb.db, b, 30);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        reserveStock(testDb.db, {
          orderId: order(),
          lines:
            i % 2
              ? [
                  { variantId: a, quantity: 1 },
                  { variantId: b, quantity: 1 },
                ]
              : [
                  { variantId: b, quantity: 1 },
                  { variantId: a, quantity: 1 },
                ],
          ttlSeconds: 600,
        }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(30);
    expect(await stockOf(testDb.db, a)).toEqual({ onHand: 30, reserved: 30, available: 0 });
    expect(await stockOf(testDb.db, b)).toEqual({ onHand: 30, reserved: 30, available: 0 });
  });

  it('names every short variant and holds nothing when one line is short', async () => {
    const [plenty, scarce, gone] = [variant(), variant(), variant()];
    await seedStock(testDb.db, plenty, 10);
    await seedStock(testDb.db, scarce, 1);
    await seedStock(testDb.db, gone, 0);
    const orderId = order();
    const outcome = await reserveStock(testDb.db, {
      orderId,
      lines: [
        { variantId: plenty, quantity: 2 },
        { variantId: scarce, quantity: 2 },
        { variantId: gone, quantity: 1 },
      ],
      ttlSeconds: 600,
    });
    expect(outcome).toEqual({
      kind: 'failed',
      code: 'OUT_OF_STOCK',
      variantIds: [plenty, scarce, gone].filter((v) => v !== plenty).sort(),
    });
    expect(await stockOf(testDb.db, plenty)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect(await movementsOf(plenty)).toHaveLength(0);
    expect(await testDb.db.reservation.count({ where: { orderId } })).toBe(0);
  });

  it('fails with UNKNOWN_VARIANT for a variant it keeps no stock for', async () => {
    const known = variant();
    await seedStock(testDb.db, known, 5);
    const orderId = order();
    const outcome = await reserveStock(testDb.db, {
      orderId,
      lines: [
        { variantId: known, quantity: 1 },
        { variantId: 'no-such-variant', quantity: 1 },
      ],
      ttlSeconds: 600,
    });
    expect(outcome).toEqual({ kind: 'failed', code: 'UNKNOWN_VARIANT', variantIds: ['no-such-variant'] });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.reservation_failed'), orderId)).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_VARIANT', variantIds: ['no-such-variant'] }),
    ]);
    expect((await stockOf(testDb.db, known)).reserved).toBe(0);
  });

  it('reserves an order once however often the command comes', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10);
    const orderId = order();
    const command = { orderId, lines: [{ variantId, quantity: 3 }], ttlSeconds: 600 };
    const first = await reserveStock(testDb.db, command);
    const again = await reserveStock(testDb.db, command);
    expect(first.kind).toBe('reserved');
    expect(again).toEqual(first);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 10, reserved: 3, available: 7 });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.reserved'), orderId)).toHaveLength(2);
  });

  it('changes nothing for a message id it has processed already', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10);
    const orderId = order();
    const messageId = randomUUID();
    const command = { orderId, lines: [{ variantId, quantity: 2 }], ttlSeconds: 600 };
    expect((await reserveStock(testDb.db, command, { messageId })).kind).toBe('reserved');
    expect(await reserveStock(testDb.db, command, { messageId })).toEqual({ kind: 'duplicate' });
    const releaseId = randomUUID();
    await releaseReservation(testDb.db, { orderId, reason: 'cancelled' }, { messageId: releaseId });
    expect(
      await releaseReservation(testDb.db, { orderId, reason: 'cancelled' }, { messageId: releaseId }),
    ).toEqual({ kind: 'duplicate' });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.reserved'), orderId)).toHaveLength(1);
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.released'), orderId)).toHaveLength(1);
    expect((await movementsOf(variantId)).map((m) => m.reason)).toEqual(['RESERVATION', 'RELEASE']);
  });

  it('rejects malformed commands before touching anything', async () => {
    await expect(
      reserveStock(testDb.db, { orderId: order(), lines: [], ttlSeconds: 600 }),
    ).rejects.toBeInstanceOf(InvalidCommandError);
    await expect(
      reserveStock(testDb.db, {
        orderId: order(),
        lines: [{ variantId: variant(), quantity: 1 }],
        ttlSeconds: -5,
      }),
    ).rejects.toBeInstanceOf(InvalidCommandError);
  });

  it('keeps the database constraints as the last line of defence', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 2);
    await expect(
      testDb.db.stockLevel.update({ where: { variantId }, data: { reserved: 3 } }),
    ).rejects.toThrow();
    await expect(
      testDb.db.stockLevel.update({ where: { variantId }, data: { onHand: -1 } }),
    ).rejects.toThrow();
  });
});
