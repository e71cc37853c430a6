'use client';

import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { LowStockSearchQuery } from '@/graphql/operations.graphql';
import { lowStockRows } from '@/lib/low-stock-search';
import { AppLink } from './app-link';
import type { StockTarget } from './stock-dialog';

/**
 * The most products one search looks at (each brings its variants and their stock, and the router's
 * query-cost limit allows about 40); more matches ask for a narrower search.
 */
const SEARCH_LIMIT = 40;

/**
 * Low-stock variants of the products whose name, description or SKU match `search` (the stock service knows
 * no names, so the catalog is searched and each match's stock read).
 */
export function LowStockSearchResults({
  search,
  mayAdjust,
  onAdjust,
}: {
  search: string;
  mayAdjust: boolean;
  onAdjust: (target: StockTarget) => void;
}) {
  const query = useQuery(LowStockSearchQuery, {
    variables: { search, first: SEARCH_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const products = query.data?.products;
  if (!products) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    return <Loading label="Searching…" />;
  }
  const rows = lowStockRows(products.nodes);

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Product</TableCell>
              <TableCell>SKU</TableCell>
              <TableCell align="right">Available</TableCell>
              <TableCell align="right">Reserved</TableCell>
              <TableCell align="right">On hand</TableCell>
              <TableCell align="right">Low at</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    No variant of a product matching “{search}” is low on stock.
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {rows.map((row) => (
              <TableRow key={row.variantId}>
                <TableCell>
                  <AppLink href={`/products/${row.productId}`}>{row.productName}</AppLink>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {row.title}
                  </Typography>
                </TableCell>
                <TableCell>{row.sku}</TableCell>
                <TableCell align="right">
                  <Typography
                    component="span"
                    color={row.available === 0 ? 'error.main' : 'warning.main'}
                    sx={{ fontWeight: 600 }}
                  >
                    {row.available}
                  </Typography>
                </TableCell>
                <TableCell align="right">{row.reserved}</TableCell>
                <TableCell align="right">{row.onHand}</TableCell>
                <TableCell align="right">{row.lowStockThreshold}</TableCell>
                <TableCell align="right">
                  {mayAdjust && (
                    <Button
                      size="small"
                      onClick={() =>
                        onAdjust({
                          variantId: row.variantId,
                          label: `${row.productName} (${row.sku})`,
                          onHand: row.onHand,
                          reserved: row.reserved,
                          lowStockThreshold: row.lowStockThreshold,
                        })
                      }
                    >
                      Adjust
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {products.pageInfo.hasNextPage && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          More than {SEARCH_LIMIT} products match; only the first {SEARCH_LIMIT} were looked at. Narrow the
          search.
        </Typography>
      )}
    </Paper>
  );
}
