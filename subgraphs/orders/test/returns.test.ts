import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer, type OrderView } from './support/orders-harness';
import { returnClient } from './support/return-client';

const DAY = 24 * 60 * 60 * 1000;
/** reserve, redeem, authorize, capture, create shipment, commit: what checkout of a discounted order sent. */
const CHECKOUT_COMMANDS = 6;

describe('returns', () => {
  let h: OrdersHarness;
  let returns: ReturnType<typeof returnClient>;
  let admin: string;

  /** 3 × $10 and 1 × $30 with $6 off and $5 shipping: line a paid $27 for 3 units, line b $27 for 1. */
  const deliveredOrder = async (customer: Customer, deliveredAt?: Date): Promise<OrderView> => {
    const order = await h.confirmedOrder(
      customer,
      { 'v-a': [3, 1000], 'v-b': [1, 3000] },
      { discounts: [{ promotionId: 'p-1', code: 'SAVE6', label: '$6 off', amount: 600 }] },
    );
    return h.deliver(order.id, deliveredAt);
  };
  const lineOf = (order: OrderView, variantId: string) =>
    order.lines.find((line) => line.variant.id === variantId)!.id;
  const request = async (
    customer: Customer,
    order: OrderView,
    lines: [string, number][],
    reason = 'Too small',
  ) =>
    expectData(
      await returns.request(
        order.id,
        lines.map(([variantId, quantity]) => ({ orderLineId: lineOf(order, variantId), quantity })),
        reason,
        customer.token,
      ),
    ).requestReturn!;

  beforeAll(async () => {
    h = await OrdersHarness.start();
    returns = returnClient(h.url);
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('goes requested → approved → received, restocks, refunds the prorated share, and ends REFUNDED', async () => {
    const customer = await h.customer();
    const order = await deliveredOrder(customer);
    expect(order.total.amount).toBe(5900);

    const requested = await request(customer, order, [['v-a', 2]]);
    expect(requested.userErrors).toEqual([]);
    const entry = requested.return!;
    expect(entry).toMatchObject({
      status: 'REQUESTED',
      reason: 'Too small',
      refundAmount: { amount: 1800, currency: 'USD' },
      lines: [
        {
          orderLineId: lineOf(order, 'v-a'),
          variant: { id: 'v-a' },
          quantity: 2,
          refundAmount: { amount: 1800 },
        },
      ],
      order: { id: order.id, status: 'RETURN_REQUESTED' },
    });
    const withReturn = await h.order(order.id, customer.token);
    expect(withReturn.status).toBe('RETURN_REQUESTED');
    expect(withReturn.returns.map((listed) => [listed.id, listed.status])).toEqual([[entry.id, 'REQUESTED']]);

    // Only administrators move a return along, one status at a time.
    expect(errorCode(await returns.approve(entry.id, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await returns.receive(entry.id, await h.keys.tokenFor('STAFF')))).toBe('FORBIDDEN');
    expect(
      expectData(await returns.receive(entry.id, admin)).receiveReturn!.userErrors.map((e) => e.code),
    ).toEqual(['RETURN_NOT_APPROVED']);
    expect(expectData(await returns.approve(entry.id, admin)).approveReturn!.return).toMatchObject({
      status: 'APPROVED',
      approvedAt: expect.any(String),
    });
    expect(
      expectData(await returns.approve(entry.id, admin)).approveReturn!.userErrors.map((e) => e.code),
    ).toEqual(['RETURN_NOT_REQUESTED']);
    expect(expectData(await returns.receive(entry.id, admin)).receiveReturn!.return!.status).toBe('RECEIVED');

    const before = CHECKOUT_COMMANDS;
    const restock = (await h.services.waitForNext(order.id, before))[before]!;
    expect(restock).toEqual({
      name: 'inventory.restock',
      payload: {
        orderId: order.id,
        lines: [{ variantId: 'v-a', quantity: 2 }],
        reason: `return ${entry.id}`,
      },
    });
    await h.reply('inventory.restocked', { orderId: order.id });
    const refund = (await h.services.waitForNext(order.id, before + 1))[before + 1]!;
    expect(refund).toEqual({
      name: 'payments.refund',
      payload: { orderId: order.id, amount: 1800, reason: 'return received', returnId: entry.id },
    });
    await h.reply('payment.refunded', {
      orderId: order.id,
      paymentId: `pay-${order.id}`,
      refundId: 'rf-1',
      amount: 1800,
      currency: 'USD',
      returnId: entry.id,
    });
    const refunded = await h.waitForStatus(order.id, 'REFUNDED');
    expect(refunded.statusHistory.at(-1)!.note).toBe(
      'Returned items received and restocked; the refund was paid.',
    );
    expect(await returns.get(entry.id, customer.token)).toMatchObject({
      status: 'REFUNDED',
      settledAt: expect.any(String),
    });

    // A further return of the remaining units: only one unit of line a is left.
    const tooMany = await request(customer, refunded, [['v-a', 2]]);
    expect(tooMany.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_RETURN_QUANTITY', ['lines', '0', 'quantity']],
    ]);
    const rest = await request(customer, refunded, [
      ['v-a', 1],
      ['v-b', 1],
    ]);
    expect(rest.return!.refundAmount.amount).toBe(900 + 2700);
    expect((await h.order(order.id, customer.token)).status).toBe('RETURN_REQUESTED');
  });

  it('checks the window, the order’s state, the lines and who asks', async () => {
    const customer = await h.customer();
    const old = await deliveredOrder(customer, new Date(Date.now() - 31 * DAY));
    expect((await request(customer, old, [['v-a', 1]])).userErrors.map((error) => error.code)).toEqual([
      'RETURN_WINDOW_CLOSED',
    ]);
    const recent = await deliveredOrder(customer, new Date(Date.now() - 29 * DAY));
    expect((await request(customer, recent, [['v-b', 2]])).userErrors.map((error) => error.code)).toEqual([
      'INVALID_RETURN_QUANTITY',
    ]);
    const unknownLine = expectData(
      await returns.request(recent.id, [{ orderLineId: old.lines[0]!.id, quantity: 1 }], 'x', customer.token),
    ).requestReturn!;
    expect(unknownLine.userErrors.map((error) => error.code)).toEqual(['UNKNOWN_ORDER_LINE']);

    const undelivered = await h.confirmedOrder(customer);
    expect(
      (await request(customer, undelivered, [['v-1', 1]])).userErrors.map((error) => error.code),
    ).toEqual(['ORDER_NOT_DELIVERED']);

    const lines = [{ orderLineId: lineOf(recent, 'v-a'), quantity: 1 }];
    expect(errorCode(await returns.request(recent.id, lines, 'x', (await h.customer()).token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await returns.request(recent.id, lines, 'x', admin))).toBe('FORBIDDEN');
    expect(errorCode(await returns.request(recent.id, [], 'x', customer.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await returns.request(recent.id, lines, '   ', customer.token))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await returns.request('00000000-0000-4000-8000-000000000000', lines, 'x', customer.token)),
    ).toBe('NOT_FOUND');
    expect((await h.order(recent.id, customer.token)).returns).toEqual([]);
  });

  it('ends RETURNED without a refund when the returned units were free after discounts', async () => {
    const customer = await h.customer();
    const order = await h.confirmedOrder(
      customer,
      { 'v-gift': [1, 1500] },
      { discounts: [{ promotionId: 'p-gift', code: null, label: 'Free gift', amount: 1500 }] },
    );
    await h.deliver(order.id);
    const entry = (await request(customer, order, [['v-gift', 1]], 'Not needed')).return!;
    expect(entry.refundAmount.amount).toBe(0);
    await returns.approve(entry.id, admin);
    await returns.receive(entry.id, admin);
    await h.services.succeed(order.id, 'inventory.restock');
    await h.waitForStatus(order.id, 'RETURNED');
    expect((await returns.get(entry.id, admin)).status).toBe('RETURNED');
    expect((await h.commandsFor(order.id)).filter((command) => command.name === 'payments.refund')).toEqual(
      [],
    );
  });

  it('settles an order’s returns one at a time, and records a refused refund', async () => {
    const customer = await h.customer();
    const order = await deliveredOrder(customer);
    const first = (await request(customer, order, [['v-a', 1]])).return!;
    const second = (await request(customer, order, [['v-b', 1]])).return!;
    for (const entry of [first, second]) await returns.approve(entry.id, admin);
    await returns.receive(first.id, admin);
    await returns.receive(second.id, admin);
    const sentBefore = CHECKOUT_COMMANDS + 1;
    // Only the first return's restock goes out: inventory's reply names the order, not the return.
    await h.services.waitForNext(order.id, sentBefore - 1);
    await h.services.drained();
    const queued = (await h.commandsFor(order.id)).slice(sentBefore - 1);
    expect(queued.map((command) => [command.name, command.payload.reason])).toEqual([
      ['inventory.restock', `return ${first.id}`],
    ]);

    await h.reply('inventory.restocked', { orderId: order.id });
    await h.services.waitForNext(order.id, sentBefore);
    await h.reply('payment.refund_failed', {
      orderId: order.id,
      paymentId: `pay-${order.id}`,
      returnId: first.id,
      reason: 'REFUND_EXCEEDS_CAPTURED',
    });
    // The first settles (refund failed), the second starts.
    await h.services.succeed(order.id, 'payments.refund', sentBefore + 1);
    await expect.poll(async () => (await returns.get(first.id, admin)).status).toBe('REFUND_FAILED');
    expect((await returns.get(first.id, admin)).failureReason).toBe('REFUND_EXCEEDS_CAPTURED');
    await h.waitForStatus(order.id, 'REFUNDED');
    expect((await returns.get(second.id, admin)).status).toBe('REFUNDED');
    const settled = (await h.commandsFor(order.id)).slice(sentBefore - 1);
    expect(
      settled.map((command) => [command.name, command.payload.returnId ?? command.payload.reason]),
    ).toEqual([
      ['inventory.restock', `return ${first.id}`],
      ['payments.refund', first.id],
      ['inventory.restock', `return ${second.id}`],
      ['payments.refund', second.id],
    ]);

    const list = expectData(await returns.list('REFUND_FAILED', admin)).returns;
    expect(list.nodes.map((node) => node.id)).toContain(first.id);
    expect(errorCode(await returns.list(null, customer.token))).toBe('FORBIDDEN');
  });
});
