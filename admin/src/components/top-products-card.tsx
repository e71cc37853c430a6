'use client';

import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { formatMoney } from '@msa/web-kit/money';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { PeriodOrderLinesQuery } from '@/graphql/analytics.graphql';
import { topProducts } from '@/lib/top-products';

/** Orders read to rank products; the router's cost limit allows about this many with their lines. */
const ORDERS_READ = 50;

/** The products that brought in the most among the window's latest orders. */
export function TopProductsCard({ from, to }: { from: string; to: string }) {
  const { data, error, loading, refetch } = useQuery(PeriodOrderLinesQuery, {
    variables: { from, to, first: ORDERS_READ },
    fetchPolicy: 'cache-and-network',
  });
  const orders = data?.orders;
  const ranked = orders ? topProducts(orders.nodes, 5) : null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Top products">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        Top products
      </Typography>
      {orders && orders.totalCount > ORDERS_READ && (
        <Typography variant="caption" color="text.secondary">
          From the latest {ORDERS_READ} of {orders.totalCount} orders in the period.
        </Typography>
      )}
      {!ranked && error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!ranked && !error && loading && <Loading label="Loading products…" />}
      {ranked && ranked.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          No sales in this period.
        </Typography>
      )}
      {ranked && ranked.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Product</TableCell>
              <TableCell align="right">Units</TableCell>
              <TableCell align="right">Revenue</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ranked.map((product) => (
              <TableRow key={product.productId}>
                <TableCell>
                  <Link href={`/products/${product.productId}`}>{product.name}</Link>
                </TableCell>
                <TableCell align="right">{product.units}</TableCell>
                <TableCell align="right">
                  {formatMoney({ amount: product.revenue, currency: product.currency })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
