'use client';

import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { LowStockQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';
import { StockDialog, type StockTarget } from './stock-dialog';

/** Variants at or below their low-stock level, the emptiest first, with a way to restock them. */
export function LowStockTable() {
  const paging = useCursorPages('');
  const [target, setTarget] = useState<StockTarget | null>(null);
  const query = useQuery(LowStockQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const connection = query.data?.lowStock;

  return (
    <>
      <PageHeader title="Low stock" />
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
                <Link href={`/products/${node.variant.product.id}`}>{node.variant.product.name}</Link>
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
          ))
        }
      />
      {target && (
        <StockDialog
          target={target}
          onClose={() => setTarget(null)}
          onSaved={() => {
            setTarget(null);
            // A restocked variant may leave the list, so the page is asked for again.
            void query.refetch();
          }}
        />
      )}
    </>
  );
}
