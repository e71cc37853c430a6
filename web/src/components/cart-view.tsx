'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useState } from 'react';
import { useCart } from '@/lib/cart-context';
import { usePricesBeforeCheckoutNote } from '@/lib/price-display';
import { ErrorNotice, Loading, UserErrorsNotice } from '@msa/web-kit/query-state';
import { CartLineRow } from './cart-line-row';

export function CartView() {
  const { cart, target, loading, error, refetch } = useCart();
  const [refusal, setRefusal] = useState<string | null>(null);
  const taxNote = usePricesBeforeCheckoutNote();

  if (loading) return <Loading label="Loading your cart…" />;
  if (error && !cart) return <ErrorNotice error={error} onRetry={() => void refetch()} />;

  if (!cart || cart.lines.length === 0) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          Your cart
        </Typography>
        <Typography color="text.secondary">Your cart is empty.</Typography>
        <Button component={Link} href="/" variant="contained">
          Continue shopping
        </Button>
      </Stack>
    );
  }

  const blocked = cart.lines.some((line) => !line.purchasable);
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        Your cart
      </Typography>
      <UserErrorsNotice messages={refusal} />
      {blocked && (
        <Alert severity="warning">Some items can no longer be bought. Remove them to continue.</Alert>
      )}
      <Paper variant="outlined">
        {cart.lines.map((line, index) => (
          <div key={line.id}>
            {index > 0 && <Divider />}
            <CartLineRow line={line} target={target} onRefused={setRefusal} />
          </div>
        ))}
      </Paper>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography color="text.secondary">
          {cart.itemCount} {cart.itemCount === 1 ? 'item' : 'items'}
        </Typography>
        <Typography variant="h6" component="p">
          Subtotal: <strong>{cart.subtotal.formatted}</strong>
        </Typography>
      </Stack>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Typography variant="body2" color="text.secondary">
          Delivery and discount codes come at checkout. Prices: {taxNote.toLowerCase()}.
        </Typography>
        <Button component={Link} href="/checkout" variant="contained" size="large" disabled={blocked}>
          {target.kind === 'customer' ? 'Checkout' : 'Check out as a guest'}
        </Button>
        {target.kind !== 'customer' && (
          <Button
            component={Link}
            href={`/sign-in?next=${encodeURIComponent('/checkout')}`}
            variant="outlined"
            size="large"
            disabled={blocked}
          >
            Sign in to check out
          </Button>
        )}
      </Stack>
      {target.kind !== 'customer' && (
        <Alert severity="info">
          <MuiLink component={Link} href="/sign-in?next=/cart">
            Sign in
          </MuiLink>{' '}
          to keep this cart on your account; its items are moved into your account when you sign in.
        </Alert>
      )}
    </Stack>
  );
}
