import { randomUUID } from 'node:crypto';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer, type OrderView } from './support/orders-harness';

interface Series {
  salesStats: {
    orderCount: number;
    revenue: { amount: number };
    series: {
      periodStart: string;
      orders: number;
      revenue: { amount: number; currency: string };
      refunds: { amount: number };
      averageOrderValue: { amount: number };
    }[];
  };
}

const SALES = `query($from: DateTime!, $to: DateTime!, $interval: SalesInterval) {
  salesStats(from: $from, to: $to, interval: $interval) {
    orderCount revenue { amount }
    series { periodStart orders revenue { amount currency } refunds { amount } averageOrderValue { amount } }
  }
}`;
const DAY = 24 * 60 * 60 * 1000;
const utcMidnight = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/** Refunds payments reports become part of the order (refundedTotal) and of salesStats.series. */
describe('refunds on orders and the sales series', () => {
  let h: OrdersHarness;
  let customer: Customer;
  let admin: string;
  const refunded = (order: OrderView, amount: number, refundId = randomUUID()) =>
    h.reply('payment.refunded', {
      orderId: order.id,
      paymentId: `pay-${order.id}`,
      refundId,
      amount,
      currency: 'USD',
      returnId: null,
    });
  const sales = async (from: Date, to: Date, interval?: string) =>
    expectData(
      await graphqlRequest<Series>(
        h.url,
        SALES,
        { from: from.toISOString(), to: to.toISOString(), interval },
        { token: admin },
      ),
    ).salesStats;

  beforeAll(async () => {
    h = await OrdersHarness.start();
    customer = await h.customer();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('adds an administrator’s partial refunds to the order once, however often they are reported', async () => {
    const order = await h.confirmedOrder(customer, { 'v-1': [2, 1500] });
    expect(order.refundedTotal.amount).toBe(0);
    const refundId = randomUUID();
    const messageId = await refunded(order, 700, refundId);
    await expect.poll(async () => (await h.order(order.id, customer.token)).refundedTotal.amount).toBe(700);
    // Redelivered (same message) and reported again (same refund, new message): counted once.
    await h.reply(
      'payment.refunded',
      {
        orderId: order.id,
        paymentId: `pay-${order.id}`,
        refundId,
        amount: 700,
        currency: 'USD',
        returnId: null,
      },
      messageId,
    );
    await refunded(order, 700, refundId);
    await refunded(order, 300);
    await expect.poll(async () => (await h.order(order.id, customer.token)).refundedTotal.amount).toBe(1000);
    const after = await h.order(order.id, customer.token);
    expect(after.status).toBe('CONFIRMED');
  });

  it('cuts sales into periods with zeros where nothing was sold, counting refunds in the period paid', async () => {
    const other = await h.customer();
    const first = await h.confirmedOrder(other, { 'v-1': [1, 1000] });
    const second = await h.confirmedOrder(other, { 'v-1': [1, 2001] });
    await h.placeOrder(other, { 'v-1': [1, 5000] }); // still PENDING: not a sale
    await refunded(second, 500);
    await expect.poll(async () => (await h.order(second.id, other.token)).refundedTotal.amount).toBe(500);

    const today = utcMidnight(new Date());
    const from = new Date(today.getTime() - 2 * DAY);
    const to = new Date(today.getTime() + DAY);
    const stats = await sales(from, to, 'DAY');
    expect(stats.series.map((period) => period.periodStart)).toEqual([
      from.toISOString(),
      new Date(today.getTime() - DAY).toISOString(),
      today.toISOString(),
    ]);
    expect(stats.series[0]).toEqual({
      periodStart: from.toISOString(),
      orders: 0,
      revenue: { amount: 0, currency: 'USD' },
      refunds: { amount: 0 },
      averageOrderValue: { amount: 0 },
    });
    // The first test's order ($30 + $5) with $10 refunded, and these two ($10 + $5, $20.01 + $5); summed over
    // the periods so that a run across midnight still adds up.
    const total = (key: 'revenue' | 'refunds') =>
      stats.series.reduce((sum, period) => sum + period[key].amount, 0);
    expect(stats.series.reduce((sum, period) => sum + period.orders, 0)).toBe(3);
    expect(total('revenue')).toBe(3500 + 1500 + 2501);
    expect(total('refunds')).toBe(1000 + 500);
    for (const period of stats.series)
      expect(period.averageOrderValue.amount).toBe(
        period.orders === 0 ? 0 : Math.round(period.revenue.amount / period.orders),
      );
    expect(stats.orderCount).toBe(3);
    expect(first.total.amount).toBe(1500);

    const monthly = await sales(from, to, 'MONTH');
    expect(monthly.series.reduce((sum, period) => sum + period.orders, 0)).toBe(3);
    expect(monthly.series.reduce((sum, period) => sum + period.refunds.amount, 0)).toBe(1500);
    const weekly = await sales(from, to, 'WEEK');
    expect(new Date(weekly.series[0]!.periodStart).getUTCDay()).toBe(1);
    // Without an interval the series is daily.
    expect((await sales(from, to)).series).toHaveLength(3);
  });

  it('refuses bad periods and intervals, and non-staff', async () => {
    const now = new Date();
    expect(
      errorCode(
        await graphqlRequest(
          h.url,
          SALES,
          { from: now.toISOString(), to: now.toISOString() },
          { token: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await graphqlRequest(
          h.url,
          SALES,
          { from: now.toISOString(), to: new Date(now.getTime() + DAY).toISOString(), interval: 'YEAR' },
          { token: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await graphqlRequest(
          h.url,
          SALES,
          { from: now.toISOString(), to: new Date(now.getTime() + DAY).toISOString() },
          { token: customer.token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
