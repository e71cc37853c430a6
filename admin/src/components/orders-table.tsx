'use client';

import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { cancellationReasonText, ORDER_STATUSES, orderStatusPresentation } from '@msa/web-kit/order-status';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import type { OrderStatus } from '@/__generated__/graphql';
import { AdminOrdersQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every order, newest first, optionally of one status. */
export function OrdersTable() {
  const [status, setStatus] = useState<OrderStatus | 'ALL'>('ALL');
  const paging = useCursorPages(status);
  const query = useQuery(AdminOrdersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: status === 'ALL' ? null : { status } },
  });
  const connection = query.data?.orders;

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
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading orders…"
        emptyText={`No orders${status === 'ALL' ? '' : ' with this status'}.`}
        columns={[
          { label: 'Order' },
          { label: 'Placed' },
          { label: 'Customer' },
          { label: 'Status' },
          { label: 'Items', align: 'right' },
          { label: 'Total', align: 'right' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
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
          ))
        }
      />
    </>
  );
}
