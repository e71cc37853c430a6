'use client';

import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { StockMovementsQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { movementReasonLabel, referencedOrderId, signedDelta } from '@/lib/stock-ledger';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { AppLink } from './app-link';
import { ConnectionTable } from './connection-table';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every change of one variant's stock, newest first: why, by how much, what was left, who or which order. */
export function StockLedgerDialog({
  variantId,
  label,
  onClose,
}: {
  variantId: string;
  label: string;
  onClose: () => void;
}) {
  const paging = useCursorPages(variantId);
  const query = useQuery(StockMovementsQuery, {
    variables: { variantId, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.stockMovements;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>Stock ledger of {label}</DialogTitle>
      <DialogContent sx={{ px: { xs: 1, sm: 3 } }}>
        <ConnectionTable
          connection={connection}
          query={query}
          paging={paging}
          loadingLabel="Loading the ledger…"
          emptyText="No stock movements yet."
          columns={[
            { label: 'When' },
            { label: 'What' },
            { label: 'On hand', align: 'right' },
            { label: 'Reserved', align: 'right' },
          ]}
          rows={(connection) =>
            connection.edges.map(({ node }) => (
              <TableRow key={node.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {dateFormat.format(new Date(node.createdAt))}
                </TableCell>
                <TableCell>
                  {movementReasonLabel(node.reason)}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {[node.note, node.actor?.name].filter(Boolean).join(' · ')}
                    {referencedOrderId(node.reason, node.reference) ? (
                      <AppLink href={`/orders/${node.reference}`} sx={{ display: 'block' }}>
                        Open the order
                      </AppLink>
                    ) : (
                      node.reference && <span style={{ display: 'block' }}>{node.reference}</span>
                    )}
                  </Typography>
                </TableCell>
                <TableCell align="right">
                  {node.onHandAfter}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {signedDelta(node.onHandDelta)}
                  </Typography>
                </TableCell>
                <TableCell align="right">
                  {node.reservedAfter}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {signedDelta(node.reservedDelta)}
                  </Typography>
                </TableCell>
              </TableRow>
            ))
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
