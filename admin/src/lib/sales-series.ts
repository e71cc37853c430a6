import { minorUnitDigits } from '@msa/web-kit/money';
import type { SalesInterval } from './sales-period';

/**
 * salesStats.series as the charts take it: one label per period, amounts in major units (the axis reads
 * "12.50", not "1250"), and the totals shown beside the chart, added up from the same periods.
 */

interface MoneyAmount {
  amount: number;
  currency: string;
}

export interface SalesPeriodLike {
  periodStart: string;
  orders: number;
  revenue: MoneyAmount;
  refunds: MoneyAmount;
  averageOrderValue: MoneyAmount;
}

export interface SalesChartData {
  labels: string[];
  orders: number[];
  revenue: number[];
  refunds: number[];
  averageOrderValue: number[];
}

export interface SalesTotals {
  orders: number;
  /** Minor units. */
  revenue: number;
  refunds: number;
  net: number;
  /** revenue ÷ orders, rounded to the minor unit; zero without orders. */
  averageOrderValue: number;
}

const LABEL_FORMATS: Record<SalesInterval, Intl.DateTimeFormatOptions> = {
  DAY: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  WEEK: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  MONTH: { month: 'short', year: 'numeric', timeZone: 'UTC' },
};

/** "Mar 4" for a day, "Mar 2" for the week starting Monday March 2, "Mar 2026" for a month (UTC). */
export function periodLabel(periodStart: string, interval: SalesInterval, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, LABEL_FORMATS[interval]).format(new Date(periodStart));
}

function majorUnits(money: MoneyAmount): number {
  return money.amount / 10 ** minorUnitDigits(money.currency);
}

export function salesChartData(
  series: readonly SalesPeriodLike[],
  interval: SalesInterval,
  locale = 'en-US',
): SalesChartData {
  return {
    labels: series.map((period) => periodLabel(period.periodStart, interval, locale)),
    orders: series.map((period) => period.orders),
    revenue: series.map((period) => majorUnits(period.revenue)),
    refunds: series.map((period) => majorUnits(period.refunds)),
    averageOrderValue: series.map((period) => majorUnits(period.averageOrderValue)),
  };
}

export function salesTotals(series: readonly SalesPeriodLike[]): SalesTotals {
  const orders = series.reduce((sum, period) => sum + period.orders, 0);
  const revenue = series.reduce((sum, period) => sum + period.revenue.amount, 0);
  const refunds = series.reduce((sum, period) => sum + period.refunds.amount, 0);
  return {
    orders,
    revenue,
    refunds,
    net: revenue - refunds,
    averageOrderValue: orders === 0 ? 0 : Math.round(revenue / orders),
  };
}
