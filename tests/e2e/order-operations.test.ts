import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { simulatedProviderActivity } from '@msa/payments/app';
import { eventually } from '../support/eventually';
import {
  addToCart,
  checkout,
  orderOf,
  ORDER_FIELDS,
  stockedVariant,
  stockOf,
  type CheckoutResult,
} from '../support/shop';

interface CartLines {
  cart: { id: string; itemCount: number; lines: { quantity: number; variant: { id: string } }[] } | null;
}

interface ReturnPayload {
  return: { id: string; status: string; rejectionReason: string | null; order: { status: string } } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

interface RefundPayload {
  refundPayment: {
    refund: { id: string; amount: { amount: number } } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
}

const RETURN_RESULT =
  'return { id status rejectionReason order { status } } userErrors { code field message }';
const DAY = 24 * 60 * 60 * 1000;

/**
 * The operations the storefront and the admin build on, through the router: paying again after a decline,
 * rejecting and withdrawing returns, refunding once per idempotency key, and the sales series.
 */
describe('order operations end to end', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  /** Orders this file confirmed, with what was refunded on them, for the sales series. */
  const confirmedTotals: number[] = [];
  let refundedInFile = 0;

  const cartOf = async (client: ApiClient) =>
    (await client.data<CartLines>('{ cart { id itemCount lines { quantity variant { id } } } }')).cart;
  const retryPayment = async (client: ApiClient, orderId: string, paymentToken: string) =>
    (
      await client.data<{ retryPayment: CheckoutResult }>(
        `mutation($o: ID!, $t: String!) { retryPayment(orderId: $o, paymentToken: $t) { order { ${ORDER_FIELDS} } userErrors { code message } } }`,
        { o: orderId, t: paymentToken },
      )
    ).retryPayment;
  const waitForStatus = (client: ApiClient, orderId: string, statuses: string[]) =>
    eventually(async () => {
      const order = await orderOf(client, orderId);
      expect(statuses).toContain(order?.status);
      return order!;
    });
  /** A customer with a delivered order of two units. */
  const deliveredOrder = async (label: string) => {
    const variant = await stockedVariant(admin, `E2E-OPS-${label}`, 2_000, 10);
    const { client } = await newCustomer(anonymous, label);
    const cart = await addToCart(client, variant.variantId, 2);
    const placed = await checkout(client, cart.id, `${label}-1`);
    expect(placed.userErrors).toEqual([]);
    confirmedTotals.push(placed.order!.total.amount);
    const delivered = await waitForStatus(client, placed.order!.id, ['DELIVERED']);
    const lines = await client.data<{ order: { lines: { id: string }[] } }>(
      'query($id: ID!) { order(id: $id) { lines { id } } }',
      { id: delivered.id },
    );
    return { client, order: delivered, lineId: lines.order.lines[0]!.id };
  };
  const requestReturn = async (client: ApiClient, orderId: string, lineId: string) => {
    const data = await client.data<{ requestReturn: ReturnPayload }>(
      `mutation($o: ID!, $l: [ReturnLineInput!]!) { requestReturn(orderId: $o, lines: $l, reason: "Not as pictured") { ${RETURN_RESULT} } }`,
      { o: orderId, l: [{ orderLineId: lineId, quantity: 1 }] },
    );
    expect(data.requestReturn.userErrors).toEqual([]);
    return data.requestReturn.return!;
  };
  const notificationKinds = async (client: ApiClient) =>
    (
      await client.data<{ myNotifications: { nodes: { kind: string }[] } }>(
        '{ myNotifications(first: 50) { nodes { kind } } }',
      )
    ).myNotifications.nodes.map((node) => node.kind);

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin({ carrierStepDelayMs: 200 }));
  });
  afterAll(() => system?.stop());

  it('keeps the cart and the stock of a declined order, and confirms it after a retry with another card', async () => {
    const variant = await stockedVariant(admin, 'E2E-OPS-RETRY', 2_500, 5);
    const { client: customer } = await newCustomer(anonymous, 'retry');
    const cart = await addToCart(customer, variant.variantId, 2);

    const placed = await checkout(customer, cart.id, 'retry-1', { paymentToken: 'tok_chargeDeclined' });
    const orderId = placed.order!.id;
    // Checkout waits (bounded) for the saga: on a very slow machine it may answer PENDING first.
    if (placed.order!.status === 'PAYMENT_FAILED')
      expect(placed.userErrors.map((error) => error.code)).toEqual(['CARD_DECLINED']);
    else expect(placed.order!.status).toBe('PENDING');
    const failed = await waitForStatus(customer, orderId, ['PAYMENT_FAILED']);
    expect(failed.statusHistory.at(-1)).toMatchObject({
      status: 'PAYMENT_FAILED',
      note: expect.stringContaining('CARD_DECLINED'),
    });
    // The cart still holds its lines, and the stock stays reserved for the order.
    expect(await cartOf(customer)).toMatchObject({
      id: cart.id,
      itemCount: 2,
      lines: [{ quantity: 2, variant: { id: variant.variantId } }],
    });
    expect(await stockOf(admin, variant)).toEqual({ onHand: 5, reserved: 2, available: 3 });

    const retried = await retryPayment(customer, orderId, 'tok_visa');
    expect(retried.userErrors).toEqual([]);
    // The simulated carrier may already have picked the parcel up by the time we look.
    const confirmed = await waitForStatus(customer, orderId, ['CONFIRMED', 'SHIPPED', 'DELIVERED']);
    confirmedTotals.push(confirmed.total.amount);
    expect(confirmed.statusHistory.map((change) => change.status).slice(0, 4)).toEqual([
      'PENDING',
      'PAYMENT_FAILED',
      'PENDING',
      'CONFIRMED',
    ]);
    // A second submit of the same retry changes nothing.
    const again = await retryPayment(customer, orderId, 'tok_visa');
    expect(again.userErrors).toEqual([]);
    const payment = await customer.data<{
      order: { payment: { status: string; capturedAmount: { amount: number } } };
    }>('query($id: ID!) { order(id: $id) { payment { status capturedAmount { amount } } } }', {
      id: orderId,
    });
    expect(payment.order.payment).toMatchObject({
      status: 'CAPTURED',
      capturedAmount: { amount: confirmed.total.amount },
    });
    // One authorization was declined, one went through, and it was captured once.
    const provider = await simulatedProviderActivity(system.databases.payments!.url, orderId);
    expect(provider).toMatchObject({ charges: 1, completed: { authorize: 1, capture: 1 } });
    // Only confirmation empties the cart.
    await eventually(async () => expect((await cartOf(customer))?.itemCount ?? 0).toBe(0));
    // The stock commit is sent with the confirmation and lands after it.
    await eventually(async () =>
      expect(await stockOf(admin, variant)).toEqual({ onHand: 3, reserved: 0, available: 3 }),
    );
  });

  it('lets an administrator reject a return and the customer withdraw one; the customer is told', async () => {
    const { client: customer, order, lineId } = await deliveredOrder('returns');

    const first = await requestReturn(customer, order.id, lineId);
    expect(first.order.status).toBe('RETURN_REQUESTED');
    const rejected = (
      await admin.data<{ rejectReturn: ReturnPayload }>(
        `mutation($r: ID!) { rejectReturn(returnId: $r, reason: "Returned after the window for this item") { ${RETURN_RESULT} } }`,
        { r: first.id },
      )
    ).rejectReturn;
    expect(rejected.userErrors).toEqual([]);
    expect(rejected.return).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Returned after the window for this item',
      order: { status: 'DELIVERED' },
    });

    const second = await requestReturn(customer, order.id, lineId);
    const withdrawn = (
      await customer.data<{ cancelReturn: ReturnPayload }>(
        `mutation($r: ID!) { cancelReturn(returnId: $r) { ${RETURN_RESULT} } }`,
        { r: second.id },
      )
    ).cancelReturn;
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.return).toMatchObject({ status: 'CANCELLED', order: { status: 'DELIVERED' } });

    // Wrong state and unknown ids are userErrors that change nothing.
    const late = (
      await customer.data<{ cancelReturn: ReturnPayload }>(
        `mutation($r: ID!) { cancelReturn(returnId: $r) { ${RETURN_RESULT} } }`,
        { r: second.id },
      )
    ).cancelReturn;
    expect(late.userErrors.map((error) => error.code)).toEqual(['RETURN_NOT_PENDING']);
    const unknown = (
      await admin.data<{ rejectReturn: ReturnPayload }>(
        `mutation { rejectReturn(returnId: "00000000-0000-4000-8000-000000000000", reason: "x") { ${RETURN_RESULT} } }`,
      )
    ).rejectReturn;
    expect(unknown.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect((await orderOf(customer, order.id))?.status).toBe('DELIVERED');

    await eventually(async () => {
      const kinds = await notificationKinds(customer);
      expect(kinds).toContain('return.rejected');
      expect(kinds).toContain('return.cancelled');
    });
  });

  it('refunds once when an administrator submits the same refund twice with one idempotency key', async () => {
    const { client: customer, order } = await deliveredOrder('refund');
    const { order: withPayment } = await admin.data<{ order: { payment: { id: string } } }>(
      'query($id: ID!) { order(id: $id) { payment { id } } }',
      { id: order.id },
    );
    const refund = (amount: number) =>
      admin.data<RefundPayload>(
        'mutation($p: ID!, $a: Int!) { refundPayment(paymentId: $p, amount: $a, reason: "goodwill", idempotencyKey: "e2e-goodwill-1") { refund { id amount { amount } } userErrors { code field } } }',
        { p: withPayment.payment.id, a: amount },
      );
    const [first, second] = await Promise.all([refund(800), refund(800)]);
    expect(first.refundPayment.userErrors).toEqual([]);
    expect(second.refundPayment.refund!.id).toBe(first.refundPayment.refund!.id);
    const reused = await refund(900);
    expect(reused.refundPayment.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] },
    ]);
    refundedInFile += 800;

    const payment = await customer.data<{
      order: { payment: { status: string; refunds: { amount: { amount: number } }[] } };
    }>('query($id: ID!) { order(id: $id) { payment { status refunds { amount { amount } } } } }', {
      id: order.id,
    });
    expect(payment.order.payment).toEqual({
      status: 'PARTIALLY_REFUNDED',
      refunds: [{ amount: { amount: 800 } }],
    });
    // Orders hears the refund and shows it on the order.
    await eventually(async () => {
      const { order: current } = await customer.data<{ order: { refundedTotal: { amount: number } } }>(
        'query($id: ID!) { order(id: $id) { refundedTotal { amount } } }',
        { id: order.id },
      );
      expect(current.refundedTotal.amount).toBe(800);
    });
  });

  it('reports this file’s sales in salesStats.series, refunds included', async () => {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const from = new Date(today.getTime() - DAY);
    const to = new Date(today.getTime() + DAY);
    const stats = await admin.data<{
      salesStats: {
        series: {
          periodStart: string;
          orders: number;
          revenue: { amount: number };
          refunds: { amount: number };
          averageOrderValue: { amount: number };
        }[];
      };
    }>(
      'query($f: DateTime!, $t: DateTime!) { salesStats(from: $f, to: $t, interval: DAY) { series { periodStart orders revenue { amount } refunds { amount } averageOrderValue { amount } } } }',
      { f: from.toISOString(), t: to.toISOString() },
    );
    const series = stats.salesStats.series;
    expect(series.map((period) => period.periodStart)).toEqual([from.toISOString(), today.toISOString()]);
    const sum = (pick: (period: (typeof series)[number]) => number) =>
      series.reduce((total, period) => total + pick(period), 0);
    expect(sum((period) => period.orders)).toBe(confirmedTotals.length);
    expect(sum((period) => period.revenue.amount)).toBe(confirmedTotals.reduce((a, b) => a + b, 0));
    expect(sum((period) => period.refunds.amount)).toBe(refundedInFile);
    for (const period of series)
      expect(period.averageOrderValue.amount).toBe(
        period.orders === 0 ? 0 : Math.round(period.revenue.amount / period.orders),
      );
  });
});
