import { randomUUID } from 'node:crypto';
import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, OrdersHarness } from './support/orders-harness';

describe('checkout and its saga', () => {
  let h: OrdersHarness;

  beforeAll(async () => {
    h = await OrdersHarness.start();
  });
  afterAll(() => h?.close());

  it('places a PENDING order with frozen prices, reserves stock, commits it and confirms the order', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [2, 1999], 'v-2': [1, 550] });
    const placed = expectData(await h.checkout(customer, cartId)).checkout;
    expect(placed.userErrors).toEqual([]);
    const order = placed.order!;
    expect(order).toMatchObject({
      status: 'PENDING',
      number: expect.stringMatching(/^MSA-1\d{5}$/),
      subtotal: { amount: 4548, currency: 'USD', formatted: '$45.48' },
      discountTotal: { amount: 0 },
      shippingTotal: { amount: 0 },
      total: { amount: 4548 },
      customer: { id: customer.userId },
      shippingAddress: { ...ADDRESS, line2: null, region: null, phone: null },
      statusHistory: [{ status: 'PENDING', note: 'Order placed; reserving stock.' }],
    });
    expect(
      order.lines.map((line) => [
        line.variant.id,
        line.quantity,
        line.unitPrice.amount,
        line.lineTotal.amount,
      ]),
    ).toEqual([
      ['v-1', 2, 1999, 3998],
      ['v-2', 1, 550, 550],
    ]);
    // The cart was read as the customer, with their own token.
    expect(h.carts.requests.find((request) => request.cartId === cartId)?.authorization).toBe(
      `Bearer ${customer.token}`,
    );

    const [reserve] = await h.waitForCommands(order.id, ['inventory.reserve']);
    expect(reserve).toEqual({
      name: 'inventory.reserve',
      payload: {
        orderId: order.id,
        lines: [
          { variantId: 'v-1', quantity: 2 },
          { variantId: 'v-2', quantity: 1 },
        ],
        ttlSeconds: 900,
      },
    });

    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1', 'r-2'] });
    const afterReserve = await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    expect(afterReserve[1]).toEqual({ name: 'inventory.commit', payload: { orderId: order.id } });
    expect((await h.order(order.id, customer.token)).status).toBe('PENDING');

    await h.reply('inventory.committed', { orderId: order.id });
    const confirmed = await h.waitForStatus(order.id, 'CONFIRMED');
    expect(confirmed.statusHistory.map((change) => change.status)).toEqual(['PENDING', 'CONFIRMED']);
    expect(await h.sagaStatus(order.id)).toBe('completed');

    const { rows } = await h.pool.query<{ name: string }>(
      `SELECT name FROM outbox WHERE payload->>'orderId' = $1 AND kind = 'event' ORDER BY created_at`,
      [order.id],
    );
    expect(rows.map((row) => row.name)).toEqual(['order.placed', 'order.status_changed']);
  });

  it('cancels the order with OUT_OF_STOCK when the reservation fails', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.waitForCommands(order.id, ['inventory.reserve']);
    await h.reply('inventory.reservation_failed', {
      orderId: order.id,
      code: 'OUT_OF_STOCK',
      variantIds: ['v-1'],
      message: 'Only 1 left',
    });
    const cancelled = await h.waitForStatus(order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('OUT_OF_STOCK');
    expect(cancelled.statusHistory.at(-1)).toMatchObject({
      status: 'CANCELLED',
      note: 'Cancelled: an item is out of stock.',
    });
    expect(await h.sagaStatus(order.id)).toBe('failed');
    // Nothing was held, so nothing is released.
    expect((await h.commandsFor(order.id)).map((command) => command.name)).toEqual(['inventory.reserve']);
  });

  it('cancels with RESERVATION_EXPIRED when the hold lapses before the commit', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    await h.reply('inventory.released', { orderId: order.id });
    expect((await h.waitForStatus(order.id, 'CANCELLED')).cancellationReason).toBe('RESERVATION_EXPIRED');
  });

  it('ignores a redelivered reply', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    const messageId = await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    // The same message again (a retry of the relay or of an admin) under another job id.
    await h.queue('events.orders').add(
      'inventory.reserved',
      {
        id: messageId,
        name: 'inventory.reserved',
        payload: { orderId: order.id, reservationIds: ['r-1'] },
        occurredAt: new Date().toISOString(),
      },
      { jobId: `${messageId}-again` },
    );
    // A different message with the same meaning is ignored by the saga itself.
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.reply('inventory.committed', { orderId: order.id });
    await h.waitForStatus(order.id, 'CONFIRMED');
    expect((await h.commandsFor(order.id)).map((command) => command.name)).toEqual([
      'inventory.reserve',
      'inventory.commit',
    ]);
  });

  it('makes one order per idempotency key, also for concurrent requests', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-9': [1, 100] });
    const key = randomUUID();
    const first = expectData(await h.checkout(customer, cartId, key)).checkout.order!;
    const again = expectData(await h.checkout(customer, cartId, key)).checkout.order!;
    expect(again.id).toBe(first.id);

    const concurrentKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.checkout(customer, cartId, concurrentKey)),
    );
    const ids = new Set(results.map((result) => expectData(result).checkout.order?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    const { rows } = await h.pool.query<{ count: string }>(
      'SELECT count(*) FROM orders WHERE customer_id = $1',
      [customer.userId],
    );
    expect(Number(rows[0]!.count)).toBe(2);
  });

  it('refuses the same idempotency key for another cart', async () => {
    const customer = await h.customer();
    const key = randomUUID();
    await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 100] }), key);
    const reused = expectData(
      await h.checkout(customer, h.cartFor(customer, { 'v-2': [1, 100] }), key),
    ).checkout;
    expect(reused.order).toBeNull();
    expect(reused.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.any(String) },
    ]);
  });

  it('reports expected failures as userErrors and malformed input as BAD_USER_INPUT', async () => {
    const customer = await h.customer();
    const empty = expectData(await h.checkout(customer, h.cartFor(customer, {}))).checkout;
    expect(empty.userErrors.map((error) => error.code)).toEqual(['EMPTY_CART']);

    const badAddress = expectData(
      await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 100] }), randomUUID(), {
        ...ADDRESS,
        city: ' ',
        country: 'XYZ',
      }),
    ).checkout;
    expect(badAddress.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_ADDRESS', ['input', 'shippingAddress', 'city']],
      ['INVALID_ADDRESS', ['input', 'shippingAddress', 'country']],
    ]);

    const someoneElses = h.cartFor(await h.customer(), { 'v-1': [1, 100] });
    expect(
      expectData(await h.checkout(customer, someoneElses)).checkout.userErrors.map((error) => error.code),
    ).toEqual(['CART_NOT_FOUND']);

    expect(
      errorCode(await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 100] }), 'has spaces')),
    ).toBe('BAD_USER_INPUT');
    const { rows } = await h.pool.query('SELECT 1 FROM orders WHERE customer_id = $1', [customer.userId]);
    expect(rows).toHaveLength(0);
  });

  it('requires a signed-in customer', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [1, 100] });
    expect(errorCode(await h.checkout({ userId: customer.userId, token: '' }, cartId))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('resumes after a restart: replies that arrived while it was down are processed', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.waitForCommands(order.id, ['inventory.reserve']);
    await h.subgraph.stop();
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.boot();
    await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    await h.reply('inventory.committed', { orderId: order.id });
    await h.waitForStatus(order.id, 'CONFIRMED');
  });
});
