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
import Link from 'next/link';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@shared/query-state';
import { LowStockQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { PageHeader } from './page-header';
import { PagedFooter } from './paged-footer';
import { StockDialog, type StockTarget } from './stock-dialog';

/** Variants at or below their low-stock level, the emptiest first, with a way to restock them. */
export function LowStockTable() {
  const paging = useCursorPages('');
  const [target, setTarget] = useState<StockTarget | null>(null);
  const { data, error, loading, refetch } = useQuery(LowStockQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const connection = data?.lowStock;

  return (
    <>
      <PageHeader title="Low stock" />
      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading stock levels…" />}
      {connection && (
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
                {connection.edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={7}>
                      <Typography color="text.secondary" sx={{ py: 2 }}>
                        Every variant is above its low-stock level.
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
                {connection.edges.map(({ node }) => (
                  <TableRow key={node.variantId}>
                    <TableCell>
                      <Link href={`/products/${node.variant.product.id}`}>{node.variant.product.name}</Link>
                      <Typography variant="caption" color="text.secondary" component="div">
                        {node.variant.title}
                      </Typography>
                    </TableCell>
                    <TableCell>{node.variant.sku}</TableCell>
                    <TableCell align="right">
                      <Typography component="span" color={node.available === 0 ? 'error.main' : 'warning.main'} sx={{ fontWeight: 600 }}>
                        {node.available}
                      </Typography>
                    </TableCell>
                    <TableCell align="right">{node.reserved}</TableCell>
                    <TableCell align="right">{node.onHand}</TableCell>
                    <TableCell align="right">{node.lowStockThreshold}</TableCell>
                    <TableCell align="right">
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
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <PagedFooter
            pages={paging.pages}
            pageSize={PAGE_SIZE}
            shown={connection.edges.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            onPrevious={paging.previous}
            onNext={paging.next}
            busy={loading}
          />
        </Paper>
      )}
      {target && (
        <StockDialog
          target={target}
          onClose={() => setTarget(null)}
          onSaved={() => {
            setTarget(null);
            // A restocked variant may leave the list, so the page is asked for again.
            void refetch();
          }}
        />
      )}
    </>
  );
}
