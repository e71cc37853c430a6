'use client';

import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { formatMoney } from '@msa/web-kit/money';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { SalesSeriesQuery } from '@/graphql/analytics.graphql';
import type { SalesInterval } from '@/lib/sales-period';
import { periodLabel, salesTotals } from '@/lib/sales-series';
import { FigureCard } from './figure-card';
import { OrdersChart, SalesChart } from './sales-chart';

export const figureGrid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
} as const;

/** Sales of a window: the key numbers, revenue and orders per period, and the figures behind the chart. */
export function SalesSection({ from, to, interval }: { from: string; to: string; interval: SalesInterval }) {
  const { data, error, loading, refetch } = useQuery(SalesSeriesQuery, {
    variables: { from, to, interval },
    fetchPolicy: 'cache-and-network',
  });
  const series = data?.salesStats.series;
  if (!series) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return loading ? <Loading label="Loading sales…" /> : null;
  }
  const currency = series[0]?.revenue.currency ?? 'USD';
  const totals = salesTotals(series);
  const money = (amount: number) => formatMoney({ amount, currency });

  return (
    <Box component="section" aria-label="Sales">
      <Box sx={{ ...figureGrid, mb: 2 }}>
        <FigureCard label="Orders" value={totals.orders} />
        <FigureCard label="Revenue" value={money(totals.revenue)} />
        <FigureCard label="Refunds" value={money(totals.refunds)} />
        <FigureCard label="Net" value={money(totals.net)} />
        <FigureCard label="Average order" value={money(totals.averageOrderValue)} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          Revenue
        </Typography>
        <SalesChart series={series} interval={interval} />
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 2 }}>
          Orders
        </Typography>
        <OrdersChart series={series} interval={interval} />
      </Paper>
      <Accordion variant="outlined" disableGutters>
        <AccordionSummary>
          <Typography>Figures per period</Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ p: 0 }}>
          <TableContainer>
            <Table size="small" aria-label="Sales per period">
              <TableHead>
                <TableRow>
                  <TableCell>Period</TableCell>
                  <TableCell align="right">Orders</TableCell>
                  <TableCell align="right">Revenue</TableCell>
                  <TableCell align="right">Refunds</TableCell>
                  <TableCell align="right">Average order</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {series.map((period) => (
                  <TableRow key={period.periodStart}>
                    <TableCell>{periodLabel(period.periodStart, interval)}</TableCell>
                    <TableCell align="right">{period.orders}</TableCell>
                    <TableCell align="right">{period.revenue.formatted}</TableCell>
                    <TableCell align="right">{period.refunds.formatted}</TableCell>
                    <TableCell align="right">{period.averageOrderValue.formatted}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}
