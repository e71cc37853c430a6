'use client';

import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import { salesChartData, type SalesPeriodLike } from '@/lib/sales-series';
import type { SalesInterval } from '@/lib/sales-period';

const INTERVAL_WORDS: Record<SalesInterval, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** Revenue and refunds per period as bars, the currency on the axis. */
export function SalesChart({
  series,
  interval,
  height = 300,
}: {
  series: readonly SalesPeriodLike[];
  interval: SalesInterval;
  height?: number;
}) {
  const data = salesChartData(series, interval);
  const currency = series[0]?.revenue.currency ?? 'USD';
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const compact = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const format = (value: number | null) => (value === null ? '' : money.format(value));
  return (
    <Box role="figure" aria-label={`Revenue per ${INTERVAL_WORDS[interval]}`} data-testid="sales-chart">
      <BarChart
        height={height}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: data.labels }]}
        yAxis={[{ valueFormatter: (value: number) => compact.format(value), width: 64 }]}
        series={[
          { data: data.revenue, label: 'Revenue', valueFormatter: format, color: '#1976d2' },
          { data: data.refunds, label: 'Refunds', valueFormatter: format, color: '#ed6c02' },
        ]}
        margin={{ left: 8, right: 8 }}
      />
    </Box>
  );
}

/** Orders per period as bars. */
export function OrdersChart({
  series,
  interval,
  height = 220,
}: {
  series: readonly SalesPeriodLike[];
  interval: SalesInterval;
  height?: number;
}) {
  const data = salesChartData(series, interval);
  return (
    <Box role="figure" aria-label={`Orders per ${INTERVAL_WORDS[interval]}`} data-testid="orders-chart">
      <BarChart
        height={height}
        skipAnimation
        hideLegend
        xAxis={[{ scaleType: 'band', data: data.labels }]}
        yAxis={[{ tickMinStep: 1, width: 40 }]}
        series={[{ data: data.orders, label: 'Orders', color: '#2e7d32' }]}
        margin={{ left: 8, right: 8 }}
      />
    </Box>
  );
}
