'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useState } from 'react';
import { GuestOrderAccess } from '@/lib/guest-order-access';
import { browserStorage } from '@msa/web-kit/browser-session';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useLiveOrder } from './order-live';
import { OrderDetail } from './order-view';

/**
 * A guest's order after checkout or "Find my order", followed live with the access token this browser was
 * given (by checkout or by the lookup). Without it (another browser, storage cleared) the guest is sent to
 * "Find my order".
 */
export function GuestOrderView({ orderId, placed }: { orderId: string; placed: boolean }) {
  const [token] = useState(() => new GuestOrderAccess(browserStorage()).tokenFor(orderId));
  if (!token) return <NoAccess />;
  return <LiveGuestOrder orderId={orderId} token={token} placed={placed} />;
}

function LiveGuestOrder({ orderId, token, placed }: { orderId: string; token: string; placed: boolean }) {
  const { order, loading, error, refetch, liveError } = useLiveOrder(orderId, token);
  if (loading && !order) return <Loading label="Loading your order…" />;
  if (error && !order) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!order) return <NoAccess />;
  return (
    <Stack spacing={3}>
      {placed && (
        <Alert severity="success">
          Thank you! We sent the confirmation to your email. Keep your order number to find this order again;
          create an account with the same email to see it there.
        </Alert>
      )}
      <OrderDetail
        order={order}
        placed={placed}
        liveProblem={liveError ? true : false}
        guestAccessToken={token}
      />
    </Stack>
  );
}

function NoAccess() {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        Order
      </Typography>
      <Typography color="text.secondary">
        This browser cannot open that order. Look it up with its number and your email.
      </Typography>
      <Button component={Link} href="/order-lookup" variant="contained">
        Find my order
      </Button>
    </Stack>
  );
}
