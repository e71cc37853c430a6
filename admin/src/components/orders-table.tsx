'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { cancellationReasonText, ORDER_STATUSES, orderStatusPresentation } from '@msa/web-kit/order-status';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import { AdminOrdersQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import {
  NO_ORDER_FILTERS,
  orderFiltersFromSearch,
  orderFiltersKey,
  orderFiltersToSearch,
  toOrdersFilter,
  type OrderFilters,
} from '@/lib/order-filters';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { AppLink } from './app-link';
import { ConnectionTable } from './connection-table';
import { ALL, FilterSelect } from './filter-select';
import { CustomerPicker } from './customer-picker';
import { PageHeader } from './page-header';

const STATUS_FILTERS = ORDER_STATUSES.map((value) => ({
  value,
  label: orderStatusPresentation(value).label,
}));

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The API has no "new order" subscription (`orderUpdated` follows one known order), so the first page is
 * asked again every few seconds to show new orders as they come in.
 */
const NEW_ORDERS_POLL_MS = 5_000;

/**
 * Every order, newest first, filtered by status, days, customer and number; the filters live in the address
 * bar, so a filtered list can be bookmarked or shared.
 */
export function OrdersTable() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const filters = orderFiltersFromSearch(new URLSearchParams(searchParams.toString()));
  const key = orderFiltersKey(filters);
  const paging = useCursorPages(key);
  const query = useQuery(AdminOrdersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: toOrdersFilter(filters) },
    pollInterval: paging.after ? 0 : NEW_ORDERS_POLL_MS,
  });
  const connection = query.data?.orders;
  const [numberText, setNumberText] = useState(filters.number ?? '');

  const change = (next: Partial<OrderFilters>) =>
    router.replace(`${pathname}${orderFiltersToSearch({ ...filters, ...next })}`, { scroll: false });
  const filtered = key !== '';
  const submitNumber = (event: FormEvent) => {
    event.preventDefault();
    change({ number: numberText.trim() || null });
  };

  return (
    <>
      <PageHeader title="Orders" />
      <Stack direction="row" sx={{ mb: 2, gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <FilterSelect
          label="Status"
          value={filters.status ?? ALL}
          allLabel="All statuses"
          options={STATUS_FILTERS}
          onChange={(status) => change({ status: status === ALL ? null : status })}
          minWidth={200}
        />
        <TextField
          type="date"
          size="small"
          label="Placed from"
          value={filters.from ?? ''}
          onChange={(event) => change({ from: event.target.value || null })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          size="small"
          label="Placed until"
          value={filters.to ?? ''}
          onChange={(event) => change({ to: event.target.value || null })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <CustomerPicker customerId={filters.customer} onChange={(customer) => change({ customer })} />
        <Stack component="form" direction="row" onSubmit={submitNumber} sx={{ gap: 1 }}>
          <TextField
            size="small"
            label="Order number"
            value={numberText}
            onChange={(event) => setNumberText(event.target.value)}
            sx={{ width: 170 }}
          />
          <Button type="submit" variant="outlined">
            Find
          </Button>
        </Stack>
        {filtered && (
          <Button
            onClick={() => {
              setNumberText('');
              change(NO_ORDER_FILTERS);
            }}
          >
            Clear filters
          </Button>
        )}
      </Stack>
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading orders…"
        emptyText={filtered ? 'No orders match these filters.' : 'No orders yet.'}
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
            <TableRow key={node.id} hover>
              <TableCell sx={{ fontWeight: 600 }}>
                <AppLink href={`/orders/${encodeURIComponent(node.id)}`}>{node.number}</AppLink>
              </TableCell>
              <TableCell>{dateTimeFormat.format(new Date(node.createdAt))}</TableCell>
              <TableCell>
                {node.customer ? (
                  <AppLink href={`/users/${encodeURIComponent(node.customer.id)}`}>
                    {node.customer.name}
                  </AppLink>
                ) : (
                  'Guest'
                )}
                <Typography variant="caption" color="text.secondary" component="div">
                  {(node.customer ? node.customer.email : node.guestEmail) ?? ''}
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
