import type { OrderStatus } from './order-status';

/** How a sales series is cut: calendar days, ISO weeks (Monday to Sunday) or calendar months, in UTC. */
export const SALES_INTERVALS = ['DAY', 'WEEK', 'MONTH'] as const;
export type SalesInterval = (typeof SALES_INTERVALS)[number];

/**
 * Orders a series counts: every order that was confirmed (paid), also when it was returned or refunded
 * later, so `revenue − refunds` is the net. Pending, payment-failed and cancelled orders never were sales.
 */
export const SERIES_STATUSES: readonly OrderStatus[] = [
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
  'RETURNED',
  'REFUNDED',
];

/** Sales of one UTC day, as the database sums them (orders by when they were placed, refunds by when paid). */
export interface DailySales {
  day: Date;
  orders: number;
  revenue: number;
}

export interface DailyRefunds {
  day: Date;
  amount: number;
}

/** One period of a series, amounts in minor units. */
export interface SalesPeriod {
  periodStart: Date;
  orders: number;
  revenue: number;
  refunds: number;
  /** revenue ÷ orders rounded to the minor unit; 0 without orders. */
  averageOrderValue: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start (UTC) of the period containing `at`. */
export function periodStartOf(at: Date, interval: SalesInterval): Date {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  switch (interval) {
    case 'DAY':
      return new Date(day);
    case 'WEEK': {
      // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
      const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
      return new Date(day - sinceMonday * DAY_MS);
    }
    case 'MONTH':
      return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  }
}

function nextPeriod(start: Date, interval: SalesInterval): Date {
  switch (interval) {
    case 'DAY':
      return new Date(start.getTime() + DAY_MS);
    case 'WEEK':
      return new Date(start.getTime() + 7 * DAY_MS);
    case 'MONTH':
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
}

/**
 * The starts of every period overlapping [from, to), oldest first. The first may begin before `from` and the
 * last end after `to`: only what falls inside [from, to) is counted in them.
 */
export function periodStarts(from: Date, to: Date, interval: SalesInterval): Date[] {
  const starts: Date[] = [];
  for (let start = periodStartOf(from, interval); start < to; start = nextPeriod(start, interval))
    starts.push(start);
  return starts;
}

/**
 * The series over [from, to): every period present, with zeros when nothing happened in it. Days outside
 * the range are ignored (the caller's query already bounded them).
 */
export function salesSeries(
  from: Date,
  to: Date,
  interval: SalesInterval,
  sales: readonly DailySales[],
  refunds: readonly DailyRefunds[],
): SalesPeriod[] {
  const periods = periodStarts(from, to, interval).map((periodStart) => ({
    periodStart,
    orders: 0,
    revenue: 0,
    refunds: 0,
    averageOrderValue: 0,
  }));
  const byStart = new Map(periods.map((period) => [period.periodStart.getTime(), period]));
  const periodOf = (day: Date) => byStart.get(periodStartOf(day, interval).getTime());
  for (const entry of sales) {
    const period = periodOf(entry.day);
    if (!period) continue;
    period.orders += entry.orders;
    period.revenue += entry.revenue;
  }
  for (const entry of refunds) {
    const period = periodOf(entry.day);
    if (period) period.refunds += entry.amount;
  }
  for (const period of periods)
    period.averageOrderValue = period.orders === 0 ? 0 : Math.round(period.revenue / period.orders);
  return periods;
}
