import { describe, expect, it } from 'vitest';
import { periodLabel, salesChartData, salesTotals, type SalesPeriodLike } from './sales-series';

const usd = (amount: number) => ({ amount, currency: 'USD' });

const period = (periodStart: string, orders: number, revenue: number, refunds = 0): SalesPeriodLike => ({
  periodStart,
  orders,
  revenue: usd(revenue),
  refunds: usd(refunds),
  averageOrderValue: usd(orders === 0 ? 0 : Math.round(revenue / orders)),
});

const series = [
  period('2026-03-02T00:00:00.000Z', 2, 5000),
  period('2026-03-03T00:00:00.000Z', 0, 0),
  period('2026-03-04T00:00:00.000Z', 1, 1999, 500),
];

describe('salesChartData', () => {
  it('labels every period and gives amounts in major units', () => {
    expect(salesChartData(series, 'DAY')).toEqual({
      labels: ['Mar 2', 'Mar 3', 'Mar 4'],
      orders: [2, 0, 1],
      revenue: [50, 0, 19.99],
      refunds: [0, 0, 5],
      averageOrderValue: [25, 0, 19.99],
    });
  });

  it('uses whole units for currencies without minor units', () => {
    const yen = {
      ...period('2026-03-01T00:00:00.000Z', 1, 1500),
      revenue: { amount: 1500, currency: 'JPY' },
    };
    expect(salesChartData([yen], 'MONTH').revenue).toEqual([1500]);
  });

  it('gives an empty chart for an empty series', () => {
    expect(salesChartData([], 'WEEK').labels).toEqual([]);
  });
});

describe('periodLabel', () => {
  it('reads the period start in UTC, by interval', () => {
    expect(periodLabel('2026-03-02T00:00:00.000Z', 'WEEK')).toBe('Mar 2');
    expect(periodLabel('2026-03-01T00:00:00.000Z', 'MONTH')).toBe('Mar 2026');
    expect(periodLabel('2026-12-31T00:00:00.000Z', 'DAY')).toBe('Dec 31');
  });
});

describe('salesTotals', () => {
  it('adds up the periods, with the net after refunds and the average order', () => {
    expect(salesTotals(series)).toEqual({
      orders: 3,
      revenue: 6999,
      refunds: 500,
      net: 6499,
      averageOrderValue: 2333,
    });
  });

  it('has a zero average without orders', () => {
    expect(salesTotals([period('2026-03-02T00:00:00.000Z', 0, 0)]).averageOrderValue).toBe(0);
  });
});
