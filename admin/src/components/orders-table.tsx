'use client';

import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { cancellationReasonText, ORDER_STATUSES, orderStatusPresentation } from '@shared/order-status';
import { ErrorNotice, Loading } from '@shared/query-state';
import { OrderStatusChip } from '@shared/status-chip';
import type { OrderStatus } from '@/__generated__/graphql';
import { AdminOrdersQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { PageHeader } from './page-header';
import { PagedFooter } from './paged-footer';

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every order, newest first, optionally of one status. */
export function OrdersTable() {
  const [status, setStatus] = useState<OrderStatus | 'ALL'>('ALL');
  const paging = useCursorPages(status);
  const { data, error, loading, refetch } = useQuery(AdminOrdersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: status === 'ALL' ? null : { status } },
  });
  const connection = data?.orders;

  return (
    <>
      <PageHeader title="Orders" />
      <Stack direction="row" sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as OrderStatus | 'ALL')}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="ALL">All statuses</MenuItem>
          {ORDER_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {orderStatusPresentation(value).label}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading orders…" />}
      {connection && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Order</TableCell>
                  <TableCell>Placed</TableCell>
                  <TableCell>Customer</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell align="right">Items</TableCell>
                  <TableCell align="right">Total</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {connection.edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <Typography color="text.secondary" sx={{ py: 2 }}>
                        No orders{status === 'ALL' ? '' : ' with this status'}.
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
                {connection.edges.map(({ node }) => (
                  <TableRow key={node.id}>
                    <TableCell sx={{ fontWeight: 600 }}>{node.number}</TableCell>
                    <TableCell>{dateTimeFormat.format(new Date(node.createdAt))}</TableCell>
                    <TableCell>
                      {node.customer.name}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {node.customer.email ?? ''}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <OrderStatusChip status={node.status} />
                      {node.status === 'CANCELLED' && node.cancellationReason && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {cancellationReasonText(node.cancellationReason)}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">{node.lines.reduce((sum, line) => sum + line.quantity, 0)}</TableCell>
                    <TableCell align="right">{node.total.formatted}</TableCell>
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
    </>
  );
}
