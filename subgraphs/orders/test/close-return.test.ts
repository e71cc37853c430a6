import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer, type OrderView } from './support/orders-harness';
import { returnClient } from './support/return-client';

/** rejectReturn (administrators) and cancelReturn (the customer), before the items arrive. */
describe('rejecting and withdrawing returns', () => {
  let h: OrdersHarness;
  let returns: ReturnType<typeof returnClient>;
  let admin: string;

  const deliveredOrder = async (customer: Customer): Promise<OrderView> => {
    const order = await h.confirmedOrder(customer, { 'v-a': [2, 1000], 'v-b': [1, 3000] });
    return h.deliver(order.id);
  };
  const lineOf = (order: OrderView, variantId: string) =>
    order.lines.find((line) => line.variant.id === variantId)!.id;
  const requestReturn = async (customer: Customer, order: OrderView, variantId: string, quantity: number) => {
    const result = expectData(
      await returns.request(
        order.id,
        [{ orderLineId: lineOf(order, variantId), quantity }],
        'Changed my mind',
        customer.token,
      ),
    ).requestReturn!;
    expect(result.userErrors).toEqual([]);
    return result.return!;
  };
  const eventsOf = async (orderId: string, name: string) => h.outboxEvents(orderId, name);

  beforeAll(async () => {
    h = await OrdersHarness.start();
    returns = returnClient(h.url);
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('rejects a requested return with a reason: the order is DELIVERED again and the customer is told', async () => {
    const customer = await h.customer();
    const order = await deliveredOrder(customer);
    const entry = await requestReturn(customer, order, 'v-a', 2);

    expect(errorCode(await returns.reject(entry.id, 'No', customer.token))).toBe('FORBIDDEN');
    const rejected = expectData(
      await returns.reject(entry.id, '  Worn items are not accepted ', admin),
    ).rejectReturn!;
    expect(rejected.userErrors).toEqual([]);
    expect(rejected.return).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Worn items are not accepted',
      order: { id: order.id, status: 'DELIVERED' },
    });
    expect(rejected.return!.settledAt).not.toBeNull();
    const after = await h.order(order.id, customer.token);
    expect(after.statusHistory.map((change) => change.status)).toEqual([
      'PENDING',
      'CONFIRMED',
      'SHIPPED',
      'DELIVERED',
      'RETURN_REQUESTED',
      'DELIVERED',
    ]);
    expect(after.statusHistory.at(-1)!.note).toBe('Return rejected: Worn items are not accepted');
    expect(await eventsOf(order.id, 'return.rejected')).toEqual([
      {
        returnId: entry.id,
        orderId: order.id,
        customerId: customer.userId,
        reason: 'Worn items are not accepted',
      },
    ]);
    // Nothing was restocked or refunded, and the units may be asked for again.
    expect((await h.commandsFor(order.id)).map((command) => command.name)).not.toContain('inventory.restock');
    const again = await requestReturn(customer, order, 'v-a', 2);
    expect(again.refundAmount.amount).toBe(2000);
  });

  it('lets the customer withdraw an approved return; another open return keeps the order RETURN_REQUESTED', async () => {
    const customer = await h.customer();
    const order = await deliveredOrder(customer);
    const first = await requestReturn(customer, order, 'v-a', 1);
    const second = await requestReturn(customer, order, 'v-b', 1);
    expect(expectData(await returns.approve(first.id, admin)).approveReturn!.userErrors).toEqual([]);

    const stranger = await h.customer();
    expect(errorCode(await returns.cancel(first.id, stranger.token))).toBe('FORBIDDEN');
    const withdrawn = expectData(await returns.cancel(first.id, customer.token)).cancelReturn!;
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.return).toMatchObject({
      status: 'CANCELLED',
      rejectionReason: null,
      order: { status: 'RETURN_REQUESTED' },
    });
    expect(await eventsOf(order.id, 'return.cancelled')).toEqual([
      { returnId: first.id, orderId: order.id, customerId: customer.userId },
    ]);

    const last = expectData(await returns.cancel(second.id, customer.token)).cancelReturn!;
    expect(last.return).toMatchObject({ status: 'CANCELLED', order: { status: 'DELIVERED' } });
    expect((await h.order(order.id, customer.token)).statusHistory.at(-1)).toMatchObject({
      status: 'DELIVERED',
      note: 'The customer withdrew the return request.',
    });
  });

  it('refuses unknown ids, blank reasons and returns whose items arrived, changing nothing', async () => {
    const customer = await h.customer();
    const order = await deliveredOrder(customer);
    const entry = await requestReturn(customer, order, 'v-a', 1);
    const unknown = '00000000-0000-4000-8000-000000000000';

    const cases = [
      [await returns.reject(unknown, 'x', admin), 'rejectReturn', 'NOT_FOUND', ['returnId']],
      [await returns.reject('not-an-id', 'x', admin), 'rejectReturn', 'NOT_FOUND', ['returnId']],
      [await returns.cancel(unknown, customer.token), 'cancelReturn', 'NOT_FOUND', ['returnId']],
      [await returns.reject(entry.id, '   ', admin), 'rejectReturn', 'INVALID_REASON', ['reason']],
      [await returns.reject(entry.id, 'x'.repeat(1001), admin), 'rejectReturn', 'INVALID_REASON', ['reason']],
    ] as const;
    for (const [result, field, code, path] of cases) {
      const payload = expectData(result)[field]!;
      expect(payload.return).toBeNull();
      expect(payload.userErrors).toEqual([{ code, field: path, message: expect.any(String) }]);
    }
    expect((await returns.get(entry.id, admin)).status).toBe('REQUESTED');

    expect(expectData(await returns.approve(entry.id, admin)).approveReturn!.userErrors).toEqual([]);
    expect(expectData(await returns.receive(entry.id, admin)).receiveReturn!.userErrors).toEqual([]);
    for (const [result, field] of [
      [await returns.reject(entry.id, 'Too late', admin), 'rejectReturn'],
      [await returns.cancel(entry.id, customer.token), 'cancelReturn'],
    ] as const) {
      const payload = expectData(result)[field]!;
      expect(payload.userErrors).toEqual([
        { code: 'RETURN_NOT_PENDING', field: ['returnId'], message: expect.stringContaining('received') },
      ]);
    }
    const current = await returns.get(entry.id, admin);
    expect(current).toMatchObject({
      status: 'RECEIVED',
      rejectionReason: null,
      order: { status: 'RETURN_REQUESTED' },
    });
    expect(await eventsOf(order.id, 'return.rejected')).toEqual([]);
    expect(await eventsOf(order.id, 'return.cancelled')).toEqual([]);
  });
});
