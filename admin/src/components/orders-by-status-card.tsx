'use client';

import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mui/x-charts/BarChart';
import { orderStatusPresentation } from '@msa/web-kit/order-status';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { OrdersByStatusQuery } from '@/graphql/analytics.graphql';

const STATUSES = [
  ['pending', 'PENDING'],
  ['paymentFailed', 'PAYMENT_FAILED'],
  ['confirmed', 'CONFIRMED'],
  ['shipped', 'SHIPPED'],
  ['delivered', 'DELIVERED'],
  ['cancelled', 'CANCELLED'],
  ['returnRequested', 'RETURN_REQUESTED'],
  ['returned', 'RETURNED'],
  ['refunded', 'REFUNDED'],
] as const;

/** The shared label of a status, or the status in words when the shared list does not name it yet. */
function statusLabel(status: string): string {
  const { label } = orderStatusPresentation(status);
  if (label !== status) return label;
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How many orders placed in the window stand in each status now. */
export function OrdersByStatusCard({ from, to }: { from: string; to: string }) {
  const { data, error, loading, refetch } = useQuery(OrdersByStatusQuery, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data
    ? STATUSES.map(([alias, status]) => ({
        label: statusLabel(status),
        count: data[alias].totalCount,
      }))
    : null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Orders by status">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        Orders by status
      </Typography>
      {!rows && error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!rows && !error && loading && <Loading label="Loading orders…" />}
      {rows && (
        <BarChart
          height={300}
          skipAnimation
          hideLegend
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: rows.map((row) => row.label), width: 130 }]}
          xAxis={[{ tickMinStep: 1 }]}
          series={[{ data: rows.map((row) => row.count), label: 'Orders', color: '#7b1fa2' }]}
          margin={{ right: 16 }}
        />
      )}
    </Paper>
  );
}
