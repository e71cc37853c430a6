import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OrdersHarness } from './support/orders-harness';

describe('orders privacy requests', () => {
  let h: OrdersHarness;

  beforeAll(async () => {
    h = await OrdersHarness.start({ autoServices: true });
  });
  afterAll(() => h?.close());

  const exportParts = async (exportId: string) =>
    (
      await h.pool.query<{ payload: { subgraph: string; data: { orders: { id: string }[] } } }>(
        `SELECT payload FROM outbox WHERE name = 'user.data_export_part_ready' AND payload->>'exportId' = $1`,
        [exportId],
      )
    ).rows.map((row) => row.payload);

  it("exports the customer's orders and erases their shipping address but keeps the accounting", async () => {
    const customer = await h.customer();
    const other = await h.customer();
    const order = await h.placeOrder(customer);
    const othersOrder = await h.placeOrder(other);

    const exportId = randomUUID();
    await h.reply('user.data_export_requested', { exportId, userId: customer.userId });
    await vi.waitFor(async () => expect(await exportParts(exportId)).toHaveLength(1), { timeout: 10_000 });
    const [part] = await exportParts(exportId);
    expect(part!.subgraph).toBe('orders');
    expect(part!.data.orders.map((o) => o.id)).toEqual([order.id]);

    const deletion = await h.reply('user.account_deleted', { userId: customer.userId });
    await h.reply('user.account_deleted', { userId: customer.userId }, deletion);
    await h.services.drained();
    const rows = await h.pool.query<{ id: string; total: number; shipping_address: Record<string, unknown> }>(
      'SELECT id, total, shipping_address FROM orders WHERE id = ANY($1::uuid[])',
      [[order.id, othersOrder.id]],
    );
    const mine = rows.rows.find((row) => row.id === order.id)!;
    const theirs = rows.rows.find((row) => row.id === othersOrder.id)!;
    expect(mine.total).toBe(order.total.amount);
    expect(mine.shipping_address).toMatchObject({ name: 'Deleted customer', line1: '', phone: null });
    expect(theirs.shipping_address.line1).not.toBe('');
  });
});
