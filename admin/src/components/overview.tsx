'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { formatMoney } from '@msa/web-kit/money';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { SalesSeriesQuery } from '@/graphql/analytics.graphql';
import { OverviewQuery } from '@/graphql/operations.graphql';
import { periodWindow, presetPeriod } from '@/lib/sales-period';
import { salesTotals } from '@/lib/sales-series';
import { mayOpen } from '@/lib/dashboard-routes';
import { FigureCard } from './figure-card';
import { PageHeader } from './page-header';
import { SalesChart } from './sales-chart';
import { figureGrid } from './sales-section';

/** Sales of the last 30 days as key numbers and a chart per day. */
function RecentSales() {
  const [period] = useState(() => periodWindow(presetPeriod('LAST_30_DAYS')));
  const variables = period.ok ? { from: period.from, to: period.to, interval: period.interval } : null;
  const { data, error, loading, refetch } = useQuery(SalesSeriesQuery, {
    variables: variables!,
    skip: !variables,
  });
  const series = data?.salesStats.series;
  if (!series) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return loading ? <Loading label="Loading sales…" /> : null;
  }
  const totals = salesTotals(series);
  const currency = series[0]?.revenue.currency ?? 'USD';
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <Box component="section" aria-label="Sales of the last 30 days" sx={{ mb: 4 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2">
          Last 30 days
        </Typography>
        <Button size="small" component={Link} href="/analytics">
          Analytics
        </Button>
      </Stack>
      <Box sx={{ ...figureGrid, mb: 2 }}>
        <FigureCard label="Orders" value={totals.orders} />
        <FigureCard label="Revenue" value={money(totals.revenue)} />
        <FigureCard label="Refunds" value={money(totals.refunds)} />
        <FigureCard label="Average order" value={money(totals.averageOrderValue)} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SalesChart series={series} interval="DAY" height={260} />
      </Paper>
    </Box>
  );
}

/** Sales of the last 30 days and what needs attention. */
export function Overview() {
  const session = useSession();
  const withDeadLetters = session.status === 'signed-in' && mayOpen(session.user.role, '/dead-letters');
  const { data, error, loading, refetch } = useQuery(OverviewQuery, { variables: { withDeadLetters } });

  return (
    <>
      <PageHeader title="Overview" />
      <RecentSales />
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        Needs attention
      </Typography>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <Box sx={figureGrid}>
          <FigureCard label="Pending orders" value={data.orders.totalCount} href="/orders" />
          <FigureCard label="Variants low on stock" value={data.lowStock.totalCount} href="/stock" />
          {data.deadLetters && (
            <FigureCard label="Dead letters" value={data.deadLetters.totalCount} href="/dead-letters" />
          )}
        </Box>
      )}
    </>
  );
}
