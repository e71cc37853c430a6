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
    await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    return order;
  };

  beforeAll(async () => {
    h = await OrdersHarness.start();
  });
  afterAll(() => h?.close());

  it('releases the hold of a pending order and finishes when inventory confirms the release', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.reply('inventory.reserved', { orderId: order.id, reservationIds: ['r-1'] });
    await h.waitForCommands(order.id, ['inventory.reserve', 'inventory.commit']);
    // Cancel before the commit lands: the hold is what must be undone.
    const result = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(result.userErrors).toEqual([]);
    expect(result.order).toMatchObject({ status: 'CANCELLED', cancellationReason: 'CANCELLED_BY_CUSTOMER' });
    expect(result.order!.statusHistory.at(-1)).toMatchObject({
      status: 'CANCELLED',
      note: 'Cancelled by the customer.',
    });
    const commands = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'inventory.commit',
      'inventory.release',
    ]);
    expect(commands[2]).toEqual({
      name: 'inventory.release',
      payload: { orderId: order.id, reason: 'order cancelled' },
    });
    expect(await h.sagaStatus(order.id)).toBe('compensating');
    await h.reply('inventory.released', { orderId: order.id });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('restocks a confirmed order instead of releasing it', async () => {
    const customer = await h.customer();
    const order = await reserved(customer);
    await h.reply('inventory.committed', { orderId: order.id });
    await h.waitForStatus(order.id, 'CONFIRMED');
    const result = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(result.order?.status).toBe('CANCELLED');
    const commands = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'inventory.commit',
      'inventory.restock',
    ]);
    expect(commands.map((command) => command.name)).toEqual([
      'inventory.reserve',
      'inventory.commit',
      'inventory.restock',
    ]);
    expect(commands[2]!.payload).toEqual({
      orderId: order.id,
      lines: [{ variantId: 'v-1', quantity: 2 }],
      reason: 'order cancelled',
    });
    await h.reply('inventory.restocked', { orderId: order.id });
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
