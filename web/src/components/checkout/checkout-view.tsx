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
import { useCartContext } from '@/lib/cart-context';
import { cartIdVariable } from '@/lib/guest-cart';
import { CheckoutForm } from './checkout-form';

const CHECKOUT_PATH = encodeURIComponent('/checkout');

/**
 * The checkout: signed-in customers buy with their cart and address book; a signed-out visitor buys their
 * guest cart as a guest, with an email for the confirmation (or signs in first).
 */
export function CheckoutView() {
  const session = useSession();
  if (session.status === 'restoring') return <Loading label="Checking your session…" />;
  return <CartCheckout guest={session.status === 'signed-out'} />;
}

function SignInHint() {
  return (
    <Alert severity="info" sx={{ mb: 3 }}>
      Checking out as a guest. <Link href={`/sign-in?next=${CHECKOUT_PATH}`}>Sign in</Link> or{' '}
      <Link href={`/register?next=${CHECKOUT_PATH}`}>create an account</Link> to use your address book and see
      your orders in one place.
    </Alert>
  );
}

function CartCheckout({ guest }: { guest: boolean }) {
  const { target } = useCartContext();
  const waiting = target.kind === 'pending';
  const { data, error, loading, refetch } = useQuery(CheckoutCartQuery, {
    variables: { cartId: cartIdVariable(target) },
    fetchPolicy: 'cache-and-network',
    skip: waiting || target.kind === 'none',
  });
  const cart = target.kind === 'none' ? null : data?.cart;

  if (waiting || (loading && !data)) return <Loading label="Loading your cart…" />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!cart || cart.lines.length === 0) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          Checkout
        </Typography>
        {guest && <SignInHint />}
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
      {guest && <SignInHint />}
      {cart.lines.some((line) => !line.purchasable) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Some items can no longer be bought. <Link href="/cart">Remove them from your cart</Link> to
          continue.
        </Alert>
      )}
      <CheckoutForm cart={cart} guest={guest} />
    </Box>
  );
}
