import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandQueueName,
  countDeadLetters,
  eventQueueName,
  sendCommand,
  type CommandEnvelope,
  type DomainEvent,
} from '@msa/events';
import { eventually, jobOutcome } from '@msa/testing';
import type { Redis } from 'ioredis';
import {
  createInventoryTestDb,
  eventsFor,
  outboxEvents,
  seedStock,
  startInventoryApp,
  stockOf,
  type InventoryTestApp,
  type InventoryTestDb,
  newVariantId as variant,
  newOrderId as order,
} from './support/inventory-harness';

describe('inventory commands and events through the real queues', () => {
  let testDb: InventoryTestDb;
  let running: InventoryTestApp;
  let connection: Redis;
  let queuePrefix: string;
  let commands: Queue;
  let events: Queue;

  beforeAll(async () => {
    testDb = await createInventoryTestDb();
    running = await startInventoryApp(testDb, { reservationSweepIntervalMs: 100 });
    queuePrefix = running.queuePrefix;
    connection = running.queues.connection;
    commands = running.queues.queue(commandQueueName('inventory'));
    events = running.queues.queue(eventQueueName('inventory'));
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  it('reserves concurrently delivered commands without overselling and answers each order', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10);
    const orderIds = Array.from({ length: 30 }, order);
    // Commands travel the way another service sends them: outbox row, relay, commands.inventory queue.
    await testDb.db.$transaction(async (tx) => {
      for (const orderId of orderIds) {
        await sendCommand(tx, 'inventory.reserve', {
          orderId,
          lines: [{ variantId, quantity: 1 }],
          ttlSeconds: 600,
        });
      }
    });

    const replied = await eventually(async () => {
      const reserved = (await outboxEvents(testDb.db, 'inventory.reserved')).filter((e) =>
        orderIds.includes(e.orderId),
      );
      const failed = (await outboxEvents(testDb.db, 'inventory.reservation_failed')).filter((e) =>
        orderIds.includes(e.orderId),
      );
      return reserved.length + failed.length === orderIds.length && { reserved, failed };
    });
    expect(replied.reserved).toHaveLength(10);
    expect(replied.failed.every((e) => e.code === 'OUT_OF_STOCK')).toBe(true);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 10, reserved: 10, available: 0 });
  });

  it('changes nothing when the same command message is delivered twice', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 5);
    const orderId = order();
    const envelope: CommandEnvelope<'inventory.reserve'> = {
      id: randomUUID(),
      name: 'inventory.reserve',
      payload: { orderId, lines: [{ variantId, quantity: 2 }], ttlSeconds: 600 },
      occurredAt: new Date().toISOString(),
    };
    // Two jobs carrying one message, as after a dead letter is retried although the first attempt committed.
    await commands.add(envelope.name, envelope, { jobId: `${envelope.id}-a` });
    await eventually(() => jobOutcome(commands, `${envelope.id}-a`));
    await commands.add(envelope.name, envelope, { jobId: `${envelope.id}-b` });
    expect(await eventually(() => jobOutcome(commands, `${envelope.id}-b`))).toBe('completed');

    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 5, reserved: 2, available: 3 });
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.reserved'), orderId)).toHaveLength(1);
    expect(await testDb.db.stockMovement.count({ where: { variantId } })).toBe(1);
  });

  it('commits, releases and restocks through the queue, each writing the ledger', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 10);
    const [kept, cancelled] = [order(), order()];
    await testDb.db.$transaction(async (tx) => {
      await sendCommand(tx, 'inventory.reserve', {
        orderId: kept,
        lines: [{ variantId, quantity: 3 }],
        ttlSeconds: 600,
      });
      await sendCommand(tx, 'inventory.reserve', {
        orderId: cancelled,
        lines: [{ variantId, quantity: 2 }],
        ttlSeconds: 600,
      });
    });
    await eventually(
      async () => (await testDb.db.reservation.count({ where: { variantId, status: 'ACTIVE' } })) === 2,
    );

    await testDb.db.$transaction(async (tx) => {
      await sendCommand(tx, 'inventory.commit', { orderId: kept });
      await sendCommand(tx, 'inventory.release', { orderId: cancelled, reason: 'payment declined' });
    });
    await eventually(async () =>
      (await outboxEvents(testDb.db, 'inventory.released')).some((e) => e.orderId === cancelled),
    );
    await eventually(async () =>
      (await outboxEvents(testDb.db, 'inventory.committed')).some((e) => e.orderId === kept),
    );
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 7, reserved: 0, available: 7 });

    await testDb.db.$transaction((tx) =>
      sendCommand(tx, 'inventory.restock', {
        orderId: kept,
        lines: [{ variantId, quantity: 3 }],
        reason: 'returned',
      }),
    );
    await eventually(async () =>
      (await outboxEvents(testDb.db, 'inventory.restocked')).some((e) => e.orderId === kept),
    );
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    const reasons = await testDb.db.stockMovement.findMany({
      where: { variantId },
      select: { reason: true, reference: true },
    });
    expect(reasons).toHaveLength(5);
    expect(
      reasons
        .filter((m) => m.reference === kept)
        .map((m) => m.reason)
        .sort(),
    ).toEqual(['COMMIT', 'RESERVATION', 'RESTOCK']);
    expect(
      reasons
        .filter((m) => m.reference === cancelled)
        .map((m) => m.reason)
        .sort(),
    ).toEqual(['RELEASE', 'RESERVATION']);
  });

  it('releases an expired reservation from the sweeper, publishes inventory.released, and dead-letters a late commit', async () => {
    const variantId = variant();
    await seedStock(testDb.db, variantId, 4);
    const orderId = order();
    await testDb.db.$transaction((tx) =>
      sendCommand(tx, 'inventory.reserve', { orderId, lines: [{ variantId, quantity: 4 }], ttlSeconds: 600 }),
    );
    await eventually(
      async () => (await testDb.db.reservation.count({ where: { orderId, status: 'ACTIVE' } })) === 1,
    );
    await testDb.db.reservation.updateMany({
      where: { orderId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    await eventually(
      async () => (await testDb.db.reservation.count({ where: { orderId, status: 'EXPIRED' } })) === 1,
    );
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 4, reserved: 0, available: 4 });
    const released = await testDb.db.outboxMessage.findFirstOrThrow({
      where: { name: 'inventory.released', payload: { equals: { orderId } } },
    });
    // The relay moved it onto the order service's queue.
    const ordersQueue = running.queues.queue(eventQueueName('orders'));
    const job = await eventually(async () => (await ordersQueue.getJob(released.id)) ?? undefined);
    expect(job.data).toMatchObject({ id: released.id, name: 'inventory.released', payload: { orderId } });

    const deadLettersBefore = await countDeadLetters(connection, { prefix: queuePrefix });
    const commit: CommandEnvelope<'inventory.commit'> = {
      id: randomUUID(),
      name: 'inventory.commit',
      payload: { orderId },
      occurredAt: new Date().toISOString(),
    };
    await commands.add(commit.name, commit, { jobId: commit.id, attempts: 3 });
    expect(await eventually(() => jobOutcome(commands, commit.id))).toBe('failed');
    expect((await commands.getJob(commit.id))?.attemptsMade).toBe(1);
    expect(await countDeadLetters(connection, { prefix: queuePrefix })).toBe(deadLettersBefore + 1);
    expect(eventsFor(await outboxEvents(testDb.db, 'inventory.committed'), orderId)).toHaveLength(0);
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 4, reserved: 0, available: 4 });
  });

  it('starts tracking a variant announced by the products service, once', async () => {
    const variantId = variant();
    const event: DomainEvent<'product.variant.changed'> = {
      id: randomUUID(),
      name: 'product.variant.changed',
      payload: {
        variantId,
        productId: randomUUID(),
        sku: 'SKU-1',
        price: 1999,
        currency: 'USD',
        purchasable: true,
        weightGrams: 100,
      },
      occurredAt: new Date().toISOString(),
    };
    await events.add(event.name, event, { jobId: event.id });
    expect(await eventually(() => jobOutcome(events, event.id))).toBe('completed');
    expect(await stockOf(testDb.db, variantId)).toEqual({ onHand: 0, reserved: 0, available: 0 });

    await testDb.db.stockLevel.update({ where: { variantId }, data: { onHand: 7 } });
    const changedAgain = { ...event, id: randomUUID() };
    await events.add(changedAgain.name, changedAgain, { jobId: changedAgain.id });
    expect(await eventually(() => jobOutcome(events, changedAgain.id))).toBe('completed');
    expect((await stockOf(testDb.db, variantId)).onHand).toBe(7);
  });
});
