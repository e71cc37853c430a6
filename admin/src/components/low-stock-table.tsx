'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import { LowStockQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import { lowStockRowOf } from '@/lib/low-stock-search';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { useSubmittedText } from '@/lib/use-submitted-text';
import { ConnectionTable } from './connection-table';
import { LOW_STOCK_COLUMNS, LowStockRow } from './low-stock-row';
import { LowStockSearchResults } from './low-stock-search-results';
import { PageHeader } from './page-header';
import { StockDialog, type StockTarget } from './stock-dialog';

/**
 * Variants at or below their low-stock level, the emptiest first, searchable by product name or SKU, with a
 * way to restock them (administrators).
 */
export function LowStockTable() {
  const session = useSession();
  const mayAdjust = session.status === 'signed-in' && mayPerform(session.user.role, 'adjustStock');
  const paging = useCursorPages('');
  const [target, setTarget] = useState<StockTarget | null>(null);
  const searchField = useSubmittedText();
  const search = searchField.submitted;
  const query = useQuery(LowStockQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
    skip: search !== '',
  });
  const connection = query.data?.lowStock;

  return (
    <>
      <PageHeader title="Low stock" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} component="form" onSubmit={searchField.submit}>
        <TextField
          size="small"
          label="Search by product name or SKU"
          value={searchField.text}
          onChange={(event) => searchField.setText(event.target.value)}
          sx={{ flexGrow: 1, maxWidth: 480 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
        {search && <Button onClick={searchField.clear}>Show all</Button>}
      </Stack>
      {search ? (
        <LowStockSearchResults search={search} mayAdjust={mayAdjust} onAdjust={setTarget} />
      ) : (
        <ConnectionTable
          connection={connection}
          query={query}
          paging={paging}
          loadingLabel="Loading stock levels…"
          emptyText="Every variant is above its low-stock level."
          columns={LOW_STOCK_COLUMNS}
          rows={(connection) =>
            connection.edges.map(({ node }) => (
              <LowStockRow
                key={node.variantId}
                row={lowStockRowOf(node)}
                mayAdjust={mayAdjust}
                onAdjust={setTarget}
              />
            ))
          }
        />
      )}
      {target && (
        <StockDialog
          target={target}
          onClose={() => setTarget(null)}
          onSaved={() => {
            setTarget(null);
            // A restocked variant may leave the list, so the page is asked for again.
            if (!search) void query.refetch();
          }}
        />
      )}
    </>
  );
}
