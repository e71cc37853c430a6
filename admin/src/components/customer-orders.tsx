'use client';

import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import { AdminOrdersQuery } from '@/graphql/operations.graphql';
import { AppLink } from './app-link';
import { Section } from './order-sections';

const RECENT = 5;
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** A customer's latest orders, with the way to all of them in the orders list. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const query = useQuery(AdminOrdersQuery, { variables: { first: RECENT, filter: { customerId } } });
  const connection = query.data?.orders;
  return (
    <Section title="Orders">
      {!connection ? (
        query.error ? (
          <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading label="Loading orders…" />
        )
      ) : connection.totalCount === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No orders yet.
        </Typography>
      ) : (
        <Stack spacing={1}>
          {connection.edges.map(({ node }) => (
            <Stack key={node.id} direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <AppLink href={`/orders/${encodeURIComponent(node.id)}`} sx={{ fontWeight: 600 }}>
                {node.number}
              </AppLink>
              <Typography variant="body2" color="text.secondary">
                {dateFormat.format(new Date(node.createdAt))}
              </Typography>
              <OrderStatusChip status={node.status} />
              <Typography variant="body2" sx={{ ml: 'auto' }}>
                {node.total.formatted}
              </Typography>
            </Stack>
          ))}
          <AppLink href={`/orders?customer=${encodeURIComponent(customerId)}`} variant="body2">
            All {connection.totalCount} orders of this customer
          </AppLink>
        </Stack>
      )}
    </Section>
  );
}
