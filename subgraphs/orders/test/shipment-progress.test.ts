import { expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, ORDER_FIELDS, type OrderView } from './support/orders-harness';

interface CancelResult {
  cancelOrder: { order: OrderView | null; userErrors: { code: string; message: string }[] };
}

describe('orders follow their shipment', () => {
  let h: OrdersHarness;
  const cancel = async (id: string, token: string) =>
    expectData(
      await graphqlRequest<CancelResult>(
        h.url,
        `mutation($id: ID!) { cancelOrder(id: $id) { order { ${ORDER_FIELDS} } userErrors { code message } } }`,
        { id },
        { token },
      ),
    ).cancelOrder;
  const carrier = (
    orderId: string,
    status: 'LABEL_CREATED' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED',
  ) =>
    h.reply('shipment.status_changed', {
      orderId,
      shipmentId: `sh-${orderId}`,
      status,
      at: new Date().toISOString(),
    });

  beforeAll(async () => {
    h = await OrdersHarness.start();
  });
  afterAll(() => h?.close());

  it('moves the order to SHIPPED and DELIVERED with notes, ignoring repeated and late reports', async () => {
    const customer = await h.customer();
    const order = await h.confirmedOrder(customer);
    await carrier(order.id, 'LABEL_CREATED');
    await carrier(order.id, 'IN_TRANSIT');
    await h.waitForStatus(order.id, 'SHIPPED');
    await carrier(order.id, 'IN_TRANSIT');
    await carrier(order.id, 'OUT_FOR_DELIVERY');
    await carrier(order.id, 'DELIVERED');
    await h.waitForStatus(order.id, 'DELIVERED');
    await carrier(order.id, 'OUT_FOR_DELIVERY');
    await h.services.drained();
    const delivered = await h.order(order.id, customer.token);
    expect(delivered.statusHistory.map((change) => [change.status, change.note])).toEqual([
      ['PENDING', expect.any(String)],
      ['CONFIRMED', 'Paid, shipment booked and stock committed; the order is confirmed.'],
      ['SHIPPED', 'Shipped: the parcel is in transit.'],
      ['DELIVERED', 'Delivered by the carrier.'],
    ]);
    const { rows } = await h.pool.query<{ to: string }>(
      `SELECT payload->>'to' AS "to" FROM outbox WHERE name = 'order.status_changed' AND payload->>'orderId' = $1 ORDER BY created_at`,
      [order.id],
    );
    expect(rows.map((row) => row.to)).toEqual(['CONFIRMED', 'SHIPPED', 'DELIVERED']);
  });

  it('remembers a carrier report that overtakes the end of checkout and applies it on confirmation', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    await h.services.succeed(order.id, 'payments.capture');
    await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
    ]);
    // The carrier's report overtakes shipment.created on its way to orders.
    await carrier(order.id, 'IN_TRANSIT');
    await h.services.drained();
    expect((await h.order(order.id, customer.token)).status).toBe('PENDING');
    // The carrier has the parcel: the customer can no longer cancel, though the order is not CONFIRMED yet.
    expect((await cancel(order.id, customer.token)).userErrors.map((error) => error.code)).toEqual([
      'ORDER_NOT_CANCELLABLE',
    ]);
    await h.services.succeed(order.id, 'shipping.create_shipment');
    const shipped = await h.waitForStatus(order.id, 'SHIPPED');
    expect(shipped.statusHistory.map((change) => change.status)).toEqual(['PENDING', 'CONFIRMED', 'SHIPPED']);
  });

  it('refuses a customer’s cancellation after shipment; an administrator’s undoes every step', async () => {
    const customer = await h.customer();
    const order = await h.confirmedOrder(
      customer,
      { 'v-1': [1, 2000] },
      {
        discounts: [{ promotionId: 'p-1', code: 'SAVE5', label: '$5 off', amount: 500 }],
      },
    );
    await carrier(order.id, 'IN_TRANSIT');
    await h.waitForStatus(order.id, 'SHIPPED');
    const refused = await cancel(order.id, customer.token);
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: 'ORDER_NOT_CANCELLABLE', message: 'This order has shipped; request a return once it arrives.' },
    ]);

    const admin = await h.keys.tokenFor('ADMIN');
    expect((await cancel(order.id, admin)).order).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'CANCELLED_BY_ADMIN',
    });
    await h.services.succeed(order.id, 'promotions.unredeem');
    const undone = (await h.commandsFor(order.id)).slice(6);
    expect(undone.map((command) => command.name)).toEqual([
      'inventory.restock',
      'shipping.cancel_shipment',
      'payments.refund',
      'promotions.unredeem',
    ]);
    expect(undone[2]!.payload).toMatchObject({ amount: 2000, returnId: null });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('refuses everyone once the order is delivered', async () => {
    const customer = await h.customer();
    const order = await h.confirmedOrder(customer);
    await h.deliver(order.id);
    for (const token of [customer.token, await h.keys.tokenFor('ADMIN')]) {
      expect((await cancel(order.id, token)).userErrors.map((error) => error.code)).toEqual([
        'ORDER_NOT_CANCELLABLE',
      ]);
    }
  });
});
