'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import { LowStockQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { AppLink } from './app-link';
import { ConnectionTable } from './connection-table';
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
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const query = useQuery(LowStockQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
    skip: search !== '',
  });
  const connection = query.data?.lowStock;

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchText.trim());
  };

  return (
    <>
      <PageHeader title="Low stock" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} component="form" onSubmit={submitSearch}>
        <TextField
          size="small"
          label="Search by product name or SKU"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          sx={{ flexGrow: 1, maxWidth: 480 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
        {search && (
          <Button
            onClick={() => {
              setSearchText('');
              setSearch('');
            }}
          >
            Show all
          </Button>
        )}
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
          columns={[
            { label: 'Product' },
            { label: 'SKU' },
            { label: 'Available', align: 'right' },
            { label: 'Reserved', align: 'right' },
            { label: 'On hand', align: 'right' },
            { label: 'Low at', align: 'right' },
            { label: '' },
          ]}
          rows={(connection) =>
            connection.edges.map(({ node }) => (
              <TableRow key={node.variantId}>
                <TableCell>
                  <AppLink href={`/products/${node.variant.product.id}`}>{node.variant.product.name}</AppLink>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {node.variant.title}
                  </Typography>
                </TableCell>
                <TableCell>{node.variant.sku}</TableCell>
                <TableCell align="right">
                  <Typography
                    component="span"
                    color={node.available === 0 ? 'error.main' : 'warning.main'}
                    sx={{ fontWeight: 600 }}
                  >
                    {node.available}
                  </Typography>
                </TableCell>
                <TableCell align="right">{node.reserved}</TableCell>
                <TableCell align="right">{node.onHand}</TableCell>
                <TableCell align="right">{node.lowStockThreshold}</TableCell>
                <TableCell align="right">
                  {mayAdjust && (
                    <Button
                      size="small"
                      onClick={() =>
                        setTarget({
                          variantId: node.variantId,
                          label: `${node.variant.product.name} (${node.variant.sku})`,
                          onHand: node.onHand,
                          reserved: node.reserved,
                          lowStockThreshold: node.lowStockThreshold,
                        })
                      }
                    >
                      Adjust
                    </Button>
                  )}
                </TableCell>
              </TableRow>
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
