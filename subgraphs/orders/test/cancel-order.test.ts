import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, ORDER_FIELDS, type Customer, type OrderView } from './support/orders-harness';

interface CancelResult {
  cancelOrder: { order: OrderView | null; userErrors: { code: string; message: string }[] };
}

describe('cancelOrder', () => {
  let h: OrdersHarness;
  const cancel = (id: string, token: string) =>
    graphqlRequest<CancelResult>(
      h.url,
      `mutation($id: ID!) { cancelOrder(id: $id) { order { ${ORDER_FIELDS} } userErrors { code message } } }`,
      { id },
      { token },
    );

  const reserved = async (customer: Customer) => {
    const order = await h.placeOrder(customer);
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
    return order;
  };

  beforeAll(async () => {
    h = await OrdersHarness.start();
  });
  afterAll(() => h?.close());

  it('releases the hold of a pending order and finishes when inventory confirms the release', async () => {
    const customer = await h.customer();
    const order = await reserved(customer);
    // Cancel while the payment is being authorized: the hold is what must be undone now.
    const result = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(result.userErrors).toEqual([]);
    expect(result.order).toMatchObject({ status: 'CANCELLED', cancellationReason: 'CANCELLED_BY_CUSTOMER' });
    expect(result.order!.statusHistory.at(-1)).toMatchObject({
      status: 'CANCELLED',
      note: 'Cancelled by the customer.',
    });
    const commands = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'inventory.release',
    ]);
    expect(commands[2]).toEqual({
      name: 'inventory.release',
      payload: { orderId: order.id, reason: 'order cancelled' },
    });
    expect(await h.sagaStatus(order.id)).toBe('compensating');
    await h.reply('inventory.released', { orderId: order.id });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
    // The authorization that was in flight lands late: it is voided, never captured.
    await h.reply('payment.authorized', {
      orderId: order.id,
      paymentId: 'pay-1',
      amount: 3500,
      currency: 'USD',
    });
    await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'inventory.release',
      'payments.void',
    ]);
  });

  it('undoes a confirmed order in reverse: restock, cancel the shipment, refund', async () => {
    const customer = await h.customer();
    const order = await h.confirmedOrder(customer);
    const result = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(result.order?.status).toBe('CANCELLED');
    const restock = (
      await h.waitForCommands(order.id, [
        'inventory.reserve',
        'payments.authorize',
        'payments.capture',
        'shipping.create_shipment',
        'inventory.commit',
        'inventory.restock',
      ])
    )[5]!;
    expect(restock.payload).toEqual({
      orderId: order.id,
      lines: [{ variantId: 'v-1', quantity: 2 }],
      reason: 'order cancelled',
    });
    await h.services.succeed(order.id, 'payments.refund');
    const commands = await h.commandsFor(order.id);
    expect(commands.slice(5).map((command) => command.name)).toEqual([
      'inventory.restock',
      'shipping.cancel_shipment',
      'payments.refund',
    ]);
    expect(commands[7]!.payload).toMatchObject({ amount: 3500, returnId: null });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('releases a reservation that lands after a cancellation', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.waitForCommands(order.id, ['inventory.reserve']);
    expect(expectData(await cancel(order.id, customer.token)).cancelOrder.order?.status).toBe('CANCELLED');
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-late'] });
    const commands = await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.release']);
    expect(commands.map((command) => command.name)).toEqual(['inventory.reserve', 'inventory.release']);
  });

  it('refuses another customer and staff, and a second cancellation', async () => {
    const customer = await h.customer();
    const order = await reserved(customer);
    expect(errorCode(await cancel(order.id, (await h.customer()).token))).toBe('FORBIDDEN');
    expect(errorCode(await cancel(order.id, await h.keys.tokenFor('STAFF')))).toBe('FORBIDDEN');
    expect((await h.order(order.id, customer.token)).status).toBe('PENDING');
    expect(
      expectData(await cancel(order.id, await h.keys.tokenFor('ADMIN'))).cancelOrder.order,
    ).toMatchObject({ cancellationReason: 'CANCELLED_BY_ADMIN' });
    const again = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(again.order).toBeNull();
    expect(again.userErrors).toEqual([
      { code: 'ORDER_NOT_CANCELLABLE', message: 'This order is cancelled and can no longer be cancelled.' },
    ]);
  });

  it('answers NOT_FOUND for unknown orders', async () => {
    expect(
      errorCode(await cancel('00000000-0000-4000-8000-000000000000', await h.keys.tokenFor('ADMIN'))),
    ).toBe('NOT_FOUND');
  });
});
