import { describe, expect, it } from 'vitest';
import { periodStartOf, periodStarts, salesSeries } from './sales-series';

const at = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe('sales periods', () => {
  it('start days at UTC midnight, weeks on Monday, months on the 1st', () => {
    expect(periodStartOf(at('2026-03-04T23:59:59Z'), 'DAY').toISOString()).toBe('2026-03-04T00:00:00.000Z');
    // 2026-03-08 is a Sunday: its ISO week began on Monday 2 March.
    expect(periodStartOf(at('2026-03-08T12:00:00Z'), 'WEEK').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(periodStartOf(at('2026-03-09T00:00:00Z'), 'WEEK').toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(periodStartOf(at('2026-03-31T18:00:00Z'), 'MONTH').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('cover [from, to) with every period, the first and last possibly partial', () => {
    expect(iso(periodStarts(at('2026-03-30T10:00:00Z'), at('2026-04-02T00:00:00Z'), 'DAY'))).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
    expect(iso(periodStarts(at('2026-03-04T00:00:00Z'), at('2026-03-17T00:00:00Z'), 'WEEK'))).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(iso(periodStarts(at('2025-12-15T00:00:00Z'), at('2026-03-01T00:00:00Z'), 'MONTH'))).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(periodStarts(at('2026-03-04T00:00:00Z'), at('2026-03-04T00:00:00Z'), 'DAY')).toEqual([]);
  });
});

describe('sales series', () => {
  const from = at('2026-03-01T00:00:00Z');
  const to = at('2026-03-15T00:00:00Z');

  it('adds days into their periods, keeps empty periods as zeros, and averages each period', () => {
    const series = salesSeries(
      from,
      to,
      'WEEK',
      [
        { day: at('2026-03-02T00:00:00Z'), orders: 2, revenue: 3_000 },
        { day: at('2026-03-04T00:00:00Z'), orders: 1, revenue: 1_001 },
        { day: at('2026-03-14T00:00:00Z'), orders: 1, revenue: 500 },
      ],
      [
        { day: at('2026-03-05T00:00:00Z'), amount: 250 },
        { day: at('2026-03-06T00:00:00Z'), amount: 100 },
      ],
    );
    expect(
      series.map((period) => ({ ...period, periodStart: period.periodStart.toISOString().slice(0, 10) })),
    ).toEqual([
      { periodStart: '2026-02-23', orders: 0, revenue: 0, refunds: 0, averageOrderValue: 0 },
      { periodStart: '2026-03-02', orders: 3, revenue: 4_001, refunds: 350, averageOrderValue: 1_334 },
      { periodStart: '2026-03-09', orders: 1, revenue: 500, refunds: 0, averageOrderValue: 500 },
    ]);
  });

  it('counts a refund in the period it was paid, also without orders then', () => {
    const series = salesSeries(
      from,
      at('2026-03-03T00:00:00Z'),
      'DAY',
      [],
      [{ day: at('2026-03-02T00:00:00Z'), amount: 700 }],
    );
    expect(
      series.map((period) => [period.periodStart.toISOString().slice(0, 10), period.orders, period.refunds]),
    ).toEqual([
      ['2026-03-01', 0, 0],
      ['2026-03-02', 0, 700],
    ]);
  });

  it('ignores days outside the range', () => {
    const series = salesSeries(
      from,
      to,
      'MONTH',
      [{ day: at('2026-04-01T00:00:00Z'), orders: 5, revenue: 5 }],
      [],
    );
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ orders: 0, revenue: 0 });
  });
});
