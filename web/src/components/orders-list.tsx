'use client';

import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { MyOrdersQuery } from '@/__generated__/graphql';
import { MyOrdersQuery as MyOrdersDocument } from '@/graphql/account.graphql';
import { ORDER_PAGE_SIZE } from '@/lib/config';
import { variantLabel } from '@/lib/variant-label';
import { cancellationReasonText } from '@msa/web-kit/order-status';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import { reasonCodeMessage } from '@msa/web-kit/user-error-messages';
import { LoadMore } from './load-more';

type Order = MyOrdersQuery['myOrders']['edges'][number]['node'];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function OrdersList() {
  const session = useSession();
  if (session.status === 'restoring') return <Loading label="Checking your session…" />;
  if (session.status === 'signed-out') {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          My orders
        </Typography>
        <Typography>Sign in to see your orders.</Typography>
        <Button component={Link} href="/sign-in?next=/account/orders" variant="contained">
          Sign in
        </Button>
      </Stack>
    );
  }
  return <SignedInOrders />;
}

function SignedInOrders() {
  const { data, error, loading, refetch, fetchMore } = useQuery(MyOrdersDocument, {
    variables: { first: ORDER_PAGE_SIZE },
  });
  const connection = data?.myOrders;

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        My orders
      </Typography>
      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading your orders…" />}
      {connection && connection.edges.length === 0 && (
        <Typography color="text.secondary">You have not ordered anything yet.</Typography>
      )}
      {connection?.edges.map(({ node }) => (
        <OrderSummary key={node.id} order={node} />
      ))}
      {connection && (
        <LoadMore pageInfo={connection.pageInfo} fetchPage={(after) => fetchMore({ variables: { after } })} />
      )}
    </Stack>
  );
}

function OrderSummary({ order }: { order: Order }) {
  const itemCount = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const reason =
    order.status === 'CANCELLED'
      ? (reasonCodeMessage(order.cancellationReason) ?? cancellationReasonText(order.cancellationReason))
      : order.status === 'PAYMENT_FAILED'
        ? `${reasonCodeMessage(order.paymentFailureCode) ?? 'Your payment was declined.'} Open the order to pay again.`
        : null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}
      >
        <MuiLink
          component={Link}
          href={`/account/orders/${order.id}`}
          underline="hover"
          sx={{ fontWeight: 600 }}
          aria-label={`Order ${order.number}`}
        >
          Order {order.number}
        </MuiLink>
        <OrderStatusChip status={order.status} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {dateFormat.format(new Date(order.createdAt))} · {itemCount} {itemCount === 1 ? 'item' : 'items'} ·{' '}
        {order.total.formatted}
      </Typography>
      {reason && (
        <Typography variant="body2" color="error.main" sx={{ mt: 0.5 }}>
          {reason}
        </Typography>
      )}
      <Stack component="ul" sx={{ pl: 2, my: 1 }}>
        {order.lines.map((line) => (
          <Typography component="li" variant="body2" key={line.id}>
            {line.quantity} ×{' '}
            <MuiLink component={Link} href={`/products/${line.variant.product.slug}`}>
              {line.variant.product.name}
            </MuiLink>
            {variantLabel(line.variant) ? ` (${variantLabel(line.variant)})` : ''}
          </Typography>
        ))}
      </Stack>
      <Button component={Link} href={`/account/orders/${order.id}`} size="small">
        {order.status === 'PAYMENT_FAILED' ? 'Pay now' : 'View order'}
      </Button>
    </Paper>
  );
}
