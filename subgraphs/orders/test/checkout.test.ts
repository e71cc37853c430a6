import { randomUUID } from 'node:crypto';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, OrdersHarness } from './support/orders-harness';

describe('checkout and its saga', () => {
  let h: OrdersHarness;

  beforeAll(async () => {
    h = await OrdersHarness.start();
  });
  afterAll(() => h?.close());

  it('places a PENDING order with frozen prices and shipping, and runs every step to CONFIRMED', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [2, 1999], 'v-2': [1, 550] });
    const rateId = h.rate(799);
    const placed = expectData(await h.checkout(customer, cartId, { shippingRateId: rateId })).checkout;
    expect(placed.userErrors).toEqual([]);
    const order = placed.order!;
    expect(order).toMatchObject({
      status: 'PENDING',
      number: expect.stringMatching(/^MSA-1\d{5}$/),
      subtotal: { amount: 4548, currency: 'USD', formatted: '$45.48' },
      discounts: [],
      discountTotal: { amount: 0 },
      shippingTotal: { amount: 799 },
      total: { amount: 5347 },
      customer: { id: customer.userId },
      shippingAddress: { ...ADDRESS, line2: null, region: null, phone: null },
      statusHistory: [
        { status: 'PENDING', note: 'Order placed; reserving stock, then payment and shipment.' },
      ],
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
    // The cart and rate were read as the customer, with their own token.
    expect(h.router.requests.find((request) => request.cartId === cartId)).toMatchObject({
      authorization: `Bearer ${customer.token}`,
      rateId,
    });

    const lines = [
      { variantId: 'v-1', quantity: 2 },
      { variantId: 'v-2', quantity: 1 },
    ];
    const [reserve] = await h.waitForCommands(order.id, ['inventory.reserve']);
    expect(reserve!.payload).toEqual({ orderId: order.id, lines, ttlSeconds: 900 });
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1', 'r-2'] });

    // No discounts: nothing to redeem, the payment is next.
    const authorize = (await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']))[1]!;
    expect(authorize.payload).toEqual({
      orderId: order.id,
      customerId: customer.userId,
      amount: 5347,
      currency: 'USD',
      paymentToken: 'tok_visa',
      attempt: 1,
      capture: true,
    });
    await h.services.succeed(order.id, 'shipping.create_shipment', 1);
    const commands = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
      'inventory.commit',
    ]);
    expect(commands[3]!.payload).toEqual({
      orderId: order.id,
      customerId: customer.userId,
      rateId,
      address: { ...ADDRESS, line2: null, region: null, phone: null },
      lines,
    });
    // Confirmed with the shipment booked: the commit goes out with the confirmation, nothing waits for it.
    const confirmed = await h.waitForStatus(order.id, 'CONFIRMED');
    expect(confirmed.statusHistory.map((change) => change.status)).toEqual(['PENDING', 'CONFIRMED']);
    expect(await h.sagaStatus(order.id)).toBe('completed');
    const commitStep = async () =>
      (
        await h.pool.query<{ status: string; waiting: boolean }>(
          `SELECT state->'steps'->'confirm-order'->>'status' AS status, waiting_since IS NOT NULL AS waiting
             FROM sagas WHERE order_id = $1`,
          [order.id],
        )
      ).rows[0];
    expect(await commitStep()).toEqual({ status: 'running', waiting: true });

    await h.reply('inventory.committed', { orderId: order.id });
    await h.services.drained();
    expect(await commitStep()).toEqual({ status: 'succeeded', waiting: false });
    expect(await h.sagaStatus(order.id)).toBe('completed');
    expect((await h.order(order.id, customer.token)).statusHistory).toHaveLength(2);
    expect(
      (await h.commandsFor(order.id)).filter((command) => command.name === 'payments.capture'),
    ).toHaveLength(1);

    const { rows } = await h.pool.query<{ name: string }>(
      `SELECT name FROM outbox WHERE payload->>'orderId' = $1 AND kind = 'event' ORDER BY created_at`,
      [order.id],
    );
    // order.confirmed (the cart gives up what was bought) goes out only now, with the confirmation.
    expect(rows.map((row) => row.name)).toEqual(['order.placed', 'order.status_changed', 'order.confirmed']);
  });

  it('cancels the order with OUT_OF_STOCK when the reservation fails, with nothing to undo', async () => {
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
    expect((await h.commandsFor(order.id)).map((command) => command.name)).toEqual(['inventory.reserve']);
  });

  it('cancels with RESERVATION_EXPIRED when the hold lapses, and voids an authorization that lands later', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
    await h.reply('inventory.released', { orderId: order.id });
    expect((await h.waitForStatus(order.id, 'CANCELLED')).cancellationReason).toBe('RESERVATION_EXPIRED');
    await h.reply('payment.authorized', {
      orderId: order.id,
      paymentId: 'pay-late',
      amount: 3500,
      currency: 'USD',
    });
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize', 'payments.void']);
    await h.reply('payment.voided', { orderId: order.id, paymentId: 'pay-late' });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('ignores a redelivered reply', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    const messageId = await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
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
    await h.services.succeed(order.id, 'inventory.commit', 1);
    await h.waitForStatus(order.id, 'CONFIRMED');
    expect((await h.commandsFor(order.id)).map((command) => command.name)).toEqual([
      'inventory.reserve',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
      'inventory.commit',
    ]);
  });

  it('makes one order per idempotency key, also for concurrent requests', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-9': [1, 100] });
    const idempotencyKey = randomUUID();
    const first = expectData(await h.checkout(customer, cartId, { idempotencyKey })).checkout.order!;
    const again = expectData(await h.checkout(customer, cartId, { idempotencyKey })).checkout.order!;
    expect(again.id).toBe(first.id);

    const concurrentKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.checkout(customer, cartId, { idempotencyKey: concurrentKey })),
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
    const idempotencyKey = randomUUID();
    await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 100] }), { idempotencyKey });
    const reused = expectData(
      await h.checkout(customer, h.cartFor(customer, { 'v-2': [1, 100] }), { idempotencyKey }),
    ).checkout;
    expect(reused.order).toBeNull();
    expect(reused.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.any(String) },
    ]);
  });

  it('reports expected failures as userErrors and malformed input as BAD_USER_INPUT', async () => {
    const customer = await h.customer();
    const cart = () => h.cartFor(customer, { 'v-1': [1, 100] });
    const codes = async (options: Parameters<OrdersHarness['checkout']>[2], cartId = cart()) =>
      expectData(await h.checkout(customer, cartId, options)).checkout.userErrors.map((error) => [
        error.code,
        error.field,
      ]);

    expect(await codes({}, h.cartFor(customer, {}))).toEqual([['EMPTY_CART', ['input', 'cartId']]]);
    expect(await codes({ address: { ...ADDRESS, city: ' ', country: 'XYZ' } })).toEqual([
      ['INVALID_ADDRESS', ['input', 'shippingAddress', 'city']],
      ['INVALID_ADDRESS', ['input', 'shippingAddress', 'country']],
    ]);
    expect(await codes({}, h.cartFor(await h.customer(), { 'v-1': [1, 100] }))).toEqual([
      ['CART_NOT_FOUND', ['input', 'cartId']],
    ]);
    const rateProblem = [['SHIPPING_RATE_INVALID', ['input', 'shippingRateId']]];
    expect(await codes({ shippingRateId: 'no-such-rate' })).toEqual(rateProblem);
    expect(await codes({ shippingRateId: h.rate(500, new Date(Date.now() - 1000).toISOString()) })).toEqual(
      rateProblem,
    );
    expect(await codes({ address: { ...ADDRESS, postalCode: 'EC1A 1BB' } })).toEqual(rateProblem);

    expect(errorCode(await h.checkout(customer, cart(), { idempotencyKey: 'has spaces' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await h.checkout(customer, cart(), { paymentToken: '  ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await h.checkout(customer, cart(), { shippingRateId: '' }))).toBe('BAD_USER_INPUT');
    const { rows } = await h.pool.query('SELECT 1 FROM orders WHERE customer_id = $1', [customer.userId]);
    expect(rows).toHaveLength(0);
  });

  it('requires paymentToken and shippingRateId in the schema', async () => {
    const customer = await h.customer();
    const input = {
      cartId: h.cartFor(customer, { 'v-1': [1, 100] }),
      shippingAddress: ADDRESS,
      idempotencyKey: randomUUID(),
      shippingRateId: h.rate(),
      paymentToken: 'tok_visa',
    };
    const mutation = 'mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }';
    for (const field of ['paymentToken', 'shippingRateId'] as const) {
      const { [field]: _omitted, ...without } = input;
      const result = await graphqlRequest(h.url, mutation, { input: without }, { token: customer.token });
      // A missing required input field fails variable coercion, naming the field.
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(field);
    }
  });

  it('fails, and places nothing, when the cart’s discounts cannot be read', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [1, 100] });
    h.router.failDiscountsOf(cartId);
    // Retryable and not the caller's fault: the router's code for a service it cannot reach.
    expect(errorCode(await h.checkout(customer, cartId))).toBe('SUBGRAPH_UNAVAILABLE');
    const { rows } = await h.pool.query('SELECT 1 FROM orders WHERE customer_id = $1', [customer.userId]);
    expect(rows).toHaveLength(0);
  });

  it('lets only the owner check out a customer cart; staff and admins may read it but not buy it', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [1, 100] });
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const employee = await h.customer(role);
      h.cartFor(employee, { 'v-2': [1, 100] });
      const result = expectData(await h.checkout(employee, cartId)).checkout;
      expect(result.order).toBeNull();
      expect(result.userErrors).toEqual([
        { code: 'CART_NOT_FOUND', field: ['input', 'cartId'], message: expect.any(String) },
      ]);
      const { rows } = await h.pool.query('SELECT 1 FROM orders WHERE cart_id = $1', [cartId]);
      expect(rows).toHaveLength(0);
    }
    expect(expectData(await h.checkout(customer, cartId)).checkout.userErrors).toEqual([]);
  });

  it('does not let an anonymous caller buy a customer’s cart, even with an email', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [1, 100] });
    const result = expectData(await h.checkout(null, cartId, { email: 'guest@example.com' }));
    expect(result.checkout.order).toBeNull();
    expect(result.checkout.userErrors.map((error) => error.code)).toEqual(['CART_NOT_FOUND']);
    const { rows } = await h.pool.query('SELECT 1 FROM orders WHERE cart_id = $1', [cartId]);
    expect(rows).toHaveLength(0);
  });

  it('resumes after a restart: replies that arrived while it was down are processed', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.waitForCommands(order.id, ['inventory.reserve']);
    await h.subgraph.stop();
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.boot();
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
    await h.services.succeed(order.id, 'inventory.commit', 1);
    await h.waitForStatus(order.id, 'CONFIRMED');
  });
});
