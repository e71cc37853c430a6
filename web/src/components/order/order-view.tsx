'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { addressSummary } from '@/lib/address-form';
import {
  canCancelOrder,
  canRequestReturn,
  paymentStatusText,
  returnableQuantities,
} from '@/lib/order-actions';
import { paymentMethodLabel } from '@/lib/payment-methods';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import { CancelOrderButton } from './cancel-order-button';
import { useLiveOrder } from './order-live';
import { OrderLines } from './order-lines';
import { OrderProgress } from './order-progress';
import { OrderReturns } from './order-returns';
import { PaymentRetry } from './payment-retry';
import { ReturnRequestDialog } from './return-request-dialog';
import { ShipmentTracking } from './shipment-tracking';
import { StatusHistory } from './status-history';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-label={title} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** One order of the signed-in customer, followed live: the confirmation page after checkout, and its detail. */
export function OrderView({ orderId, placed }: { orderId: string; placed: boolean }) {
  const session = useSession();
  if (session.status === 'restoring') return <Loading label="Checking your session…" />;
  if (session.status === 'signed-out') {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography>Sign in to see this order.</Typography>
        <Button
          component={Link}
          href={`/sign-in?next=${encodeURIComponent(`/account/orders/${orderId}`)}`}
          variant="contained"
        >
          Sign in
        </Button>
      </Stack>
    );
  }
  return <LiveOrder orderId={orderId} placed={placed} />;
}

function LiveOrder({ orderId, placed }: { orderId: string; placed: boolean }) {
  const { order, loading, error, refetch, liveError } = useLiveOrder(orderId);
  if (loading && !order) return <Loading label="Loading your order…" />;
  if (error && !order) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!order) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          Order not found
        </Typography>
        <Typography color="text.secondary">There is no such order on your account.</Typography>
        <Button component={Link} href="/account/orders" variant="contained">
          My orders
        </Button>
      </Stack>
    );
  }
  return <OrderDetail order={order} placed={placed} liveProblem={liveError ? true : false} />;
}

/**
 * The order's page. A guest (with the order's access token, `guestAccessToken`) sees the same and may pay
 * again and cancel with that token; returns need an account.
 */
export function OrderDetail({
  order,
  placed,
  liveProblem,
  guestAccessToken = null,
}: {
  order: OrderDetailFieldsFragment;
  placed: boolean;
  liveProblem: boolean;
  guestAccessToken?: string | null;
}) {
  const guest = guestAccessToken !== null;
  const [notice, setNotice] = useState<string | null>(null);
  const remaining = returnableQuantities(order.lines, order.returns);
  const cancellable = canCancelOrder(order.status, order.shipment?.status);
  const returnable = !guest && canRequestReturn(order.status, remaining);

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography
          variant="h4"
          component="h1"
          sx={{ fontWeight: 700, fontSize: { xs: '1.6rem', sm: '2.125rem' } }}
        >
          Order {order.number}
        </Typography>
        <Box data-testid="order-status">
          <OrderStatusChip status={order.status} />
        </Box>
      </Stack>
      <Typography color="text.secondary" sx={{ mt: -2 }}>
        Placed {dateTime.format(new Date(order.createdAt))}
      </Typography>

      <OrderProgress status={order.status} cancellationReason={order.cancellationReason} placed={placed} />
      {liveProblem && order.status === 'PENDING' && (
        <Alert severity="info">
          Live updates are unavailable right now; reload the page to see the latest.
        </Alert>
      )}
      {order.status === 'PAYMENT_FAILED' && (
        <PaymentRetry
          orderId={order.id}
          failureCode={order.paymentFailureCode}
          accessToken={guestAccessToken}
        />
      )}
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {(cancellable || returnable) && (
        <Stack direction="row" spacing={2}>
          {returnable && <ReturnRequestDialog order={order} remaining={remaining} onDone={setNotice} />}
          {cancellable && (
            <CancelOrderButton orderId={order.id} orderNumber={order.number} accessToken={guestAccessToken} />
          )}
        </Stack>
      )}

      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={3}>
          <Section title="Items">
            <OrderLines order={order} />
          </Section>
          {order.shipment && (
            <Section title="Delivery">
              <ShipmentTracking shipment={order.shipment} />
            </Section>
          )}
          {order.returns.length > 0 && (
            <Section title="Returns">
              <OrderReturns orderId={order.id} returns={order.returns} />
            </Section>
          )}
        </Stack>
        <Stack spacing={3}>
          <Section title="Shipping to">
            <Typography>{addressSummary(order.shippingAddress)}</Typography>
            {order.shippingAddress.phone && (
              <Typography variant="body2" color="text.secondary">
                {order.shippingAddress.phone}
              </Typography>
            )}
          </Section>
          {(!guest || order.payment) && (
            <Section title="Payment">
              {order.payment ? (
                <Typography>
                  {paymentStatusText(order.payment.status)} · {order.payment.amount.formatted}
                  <Typography
                    component="span"
                    variant="body2"
                    color="text.secondary"
                    sx={{ display: 'block' }}
                  >
                    {paymentMethodLabel(order.payment.method)}
                  </Typography>
                </Typography>
              ) : (
                <Typography color="text.secondary">
                  {order.status === 'PENDING' ? 'Being taken…' : 'No payment was taken.'}
                </Typography>
              )}
            </Section>
          )}
          <Section title="History">
            <StatusHistory history={order.statusHistory} />
          </Section>
        </Stack>
      </Box>
    </Stack>
  );
}
