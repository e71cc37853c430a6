'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { CheckoutCartQuery } from '@/graphql/checkout.graphql';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { CheckoutForm } from './checkout-form';

const CHECKOUT_PATH = encodeURIComponent('/checkout');

/** The checkout: signed-in customers only (a guest is sent to sign in or register and comes back). */
export function CheckoutView() {
  const session = useSession();
  if (session.status === 'restoring') return <Loading label="Checking your session…" />;
  if (session.status === 'signed-out') return <SignInToCheckout />;
  return <CustomerCheckout />;
}

function SignInToCheckout() {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 560 }}>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        Checkout
      </Typography>
      <Typography>
        Sign in or create an account to check out. Your cart comes with you: its items are moved into your
        account.
      </Typography>
      <Stack direction="row" spacing={2}>
        <Button component={Link} href={`/sign-in?next=${CHECKOUT_PATH}`} variant="contained">
          Sign in
        </Button>
        <Button component={Link} href={`/register?next=${CHECKOUT_PATH}`} variant="outlined">
          Create an account
        </Button>
      </Stack>
    </Stack>
  );
}

function CustomerCheckout() {
  const { data, error, loading, refetch } = useQuery(CheckoutCartQuery, { fetchPolicy: 'cache-and-network' });
  const cart = data?.cart;

  if (loading && !data) return <Loading label="Loading your cart…" />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!cart || cart.lines.length === 0) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          Checkout
        </Typography>
        <Typography color="text.secondary">Your cart is empty, so there is nothing to check out.</Typography>
        <Button component={Link} href="/" variant="contained">
          Continue shopping
        </Button>
      </Stack>
    );
  }

  return (
    <Box>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 3 }}>
        Checkout
      </Typography>
      {cart.lines.some((line) => !line.purchasable) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Some items can no longer be bought. <Link href="/cart">Remove them from your cart</Link> to
          continue.
        </Alert>
      )}
      <CheckoutForm cart={cart} />
    </Box>
  );
}
