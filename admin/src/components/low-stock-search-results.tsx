'use client';

import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { LowStockSearchQuery } from '@/graphql/operations.graphql';
import { lowStockRows } from '@/lib/low-stock-search';
import { DataTable } from './data-table';
import { LOW_STOCK_COLUMNS, LowStockRow } from './low-stock-row';
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
    <DataTable
      columns={LOW_STOCK_COLUMNS}
      empty={rows.length === 0}
      emptyText={`No variant of a product matching “${search}” is low on stock.`}
      footer={
        products.pageInfo.hasNextPage && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
            More than {SEARCH_LIMIT} products match; only the first {SEARCH_LIMIT} were looked at. Narrow the
            search.
          </Typography>
        )
      }
    >
      {rows.map((row) => (
        <LowStockRow key={row.variantId} row={row} mayAdjust={mayAdjust} onAdjust={onAdjust} />
      ))}
    </DataTable>
  );
}
