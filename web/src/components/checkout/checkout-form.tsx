'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import type { CheckoutCartQuery as CheckoutCartResult } from '@/__generated__/graphql';
import { CheckoutMutation } from '@/graphql/checkout.graphql';
import { addressInput, type AddressLike } from '@/lib/address-form';
import { attemptOutcome, CheckoutAttempt } from '@/lib/checkout-attempt';
import { placeOrderBlocker } from '@/lib/checkout-steps';
import { useCartContext } from '@/lib/cart-context';
import { cartWeightGrams } from '@/lib/delivery-options';
import { GuestOrderAccess, guestOrderPath } from '@/lib/guest-order-access';
import { browserStorage } from '@msa/web-kit/browser-session';
import { CHECKOUT_ATTEMPT_STORAGE_KEY, tabStorage } from '@/lib/session-storage';
import { variantLabel } from '@/lib/variant-label';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { AddressStep } from './address-step';
import { CheckoutSection } from './checkout-section';
import { CheckoutTotals } from './checkout-totals';
import { CouponBox } from './coupon-box';
import { DeliveryStep, type ShippingRate } from './delivery-step';
import { PaymentMethodPicker } from './payment-method-picker';

type Cart = NonNullable<CheckoutCartResult['cart']>;

const RATE_CODES = [
  'SHIPPING_RATE_INVALID',
  'SHIPPING_RATE_NOT_FOUND',
  'SHIPPING_RATE_EXPIRED',
  'SHIPPING_RATE_DESTINATION_MISMATCH',
];

type Problem = { severity: 'warning' | 'error'; text: string };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Address, delivery and payment on the left (and, for a guest, the email first); the cart, coupons, totals
 * and "Place order" on the right.
 */
export function CheckoutForm({ cart, guest = false }: { cart: Cart; guest?: boolean }) {
  const router = useRouter();
  const { guestCart } = useCartContext();
  const [email, setEmail] = useState('');
  const emailMissing = guest && !EMAIL_SHAPE.test(email.trim());
  const [address, setAddress] = useState<AddressLike | null>(null);
  const [rate, setRate] = useState<ShippingRate | null>(null);
  const [paymentToken, setPaymentToken] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [ratesVersion, setRatesVersion] = useState(0);
  const [attempt] = useState(() => new CheckoutAttempt(tabStorage(), CHECKOUT_ATTEMPT_STORAGE_KEY));
  const [checkout, { loading: placing }] = useMutation(CheckoutMutation);
  const inFlight = useRef(false);

  const chooseAddress = useCallback((next: AddressLike | null) => setAddress(next), []);
  const chooseRate = useCallback((next: ShippingRate | null) => setRate(next), []);

  const blocker =
    placeOrderBlocker({
      addressReady: address !== null,
      shippingRateId: rate?.id ?? null,
      paymentToken,
      lineCount: cart.lines.length,
      allPurchasable: cart.lines.every((line) => line.purchasable),
    }) ?? (emailMissing ? 'Enter your email for the order confirmation.' : null);

  const placeOrder = async () => {
    if (blocker || !address || !rate || inFlight.current) return;
    inFlight.current = true;
    setProblem(null);
    const idempotencyKey = attempt.keyFor(cart.id);
    try {
      const { data } = await checkout({
        variables: {
          input: {
            cartId: cart.id,
            shippingAddress: addressInput(address),
            shippingRateId: rate.id,
            paymentToken: paymentToken.trim(),
            idempotencyKey,
            ...(guest ? { email: email.trim() } : {}),
          },
        },
      });
      const payload = data?.checkout;
      const order = payload?.order ?? null;
      attempt.settle(attemptOutcome({ orderId: order?.id ?? null }));
      if (order && guest && payload?.orderAccessToken) {
        // The guest cart was bought: the next visit starts a new one. The token lets this browser follow it.
        new GuestOrderAccess(browserStorage()).remember(order.id, payload.orderAccessToken);
        guestCart.forget();
        router.push(guestOrderPath(order.id));
        return;
      }
      if (order) {
        // Declined or not, the order page follows it from here and offers what to do next.
        router.push(`/account/orders/${order.id}?placed=1`);
        return;
      }
      if (payload?.userErrors.some((error) => RATE_CODES.includes(error.code))) {
        setRate(null);
        setRatesVersion((version) => version + 1);
      }
      setProblem({
        severity: 'warning',
        text: userErrorsMessage(payload?.userErrors) ?? 'The order was not placed. Please try again.',
      });
    } catch (error) {
      attempt.settle(attemptOutcome('threw'));
      setProblem({
        severity: 'error',
        text: `${describeApiError(error)} If your order went through, placing it again will not order twice.`,
      });
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
        alignItems: 'start',
      }}
    >
      <Stack spacing={3}>
        {guest && (
          <CheckoutSection step={1} title="Contact">
            <TextField
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              helperText="Your order confirmation and shipping updates go here."
              fullWidth
              required
            />
          </CheckoutSection>
        )}
        <CheckoutSection step={guest ? 2 : 1} title="Shipping address">
          <AddressStep onAddress={chooseAddress} guest={guest} />
        </CheckoutSection>
        <CheckoutSection step={guest ? 3 : 2} title="Delivery" enabled={address !== null}>
          {address ? (
            <DeliveryStep
              cartId={cart.id}
              address={address}
              cartWeightGrams={cartWeightGrams(cart.lines)}
              ratesVersion={`${cart.itemCount}:${ratesVersion}`}
              chosen={rate}
              onChoose={chooseRate}
            />
          ) : (
            <Typography color="text.secondary">Choose a shipping address to see delivery options.</Typography>
          )}
        </CheckoutSection>
        <CheckoutSection step={guest ? 4 : 3} title="Payment">
          <PaymentMethodPicker token={paymentToken} onChange={setPaymentToken} />
        </CheckoutSection>
      </Stack>

      <Paper
        component="aside"
        variant="outlined"
        aria-label="Order summary"
        sx={{ p: { xs: 2, sm: 3 }, position: { md: 'sticky' }, top: { md: 88 } }}
      >
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            Order summary
          </Typography>
          <CheckoutTotals
            cart={cart}
            items={cart.lines.map((line) => {
              const label = variantLabel(line.variant);
              return {
                id: line.id,
                label: `${line.quantity} × ${line.variant.product.name}${label ? ` (${label})` : ''}`,
                lineTotal: line.lineTotal,
              };
            })}
            rate={rate}
            address={address}
          >
            <CouponBox cart={cart} />
          </CheckoutTotals>
          {problem && (
            <Alert severity={problem.severity} role="alert">
              {problem.text}
            </Alert>
          )}
          <Button
            variant="contained"
            size="large"
            onClick={() => void placeOrder()}
            disabled={blocker !== null || placing}
          >
            {placing ? 'Placing your order…' : 'Place order'}
          </Button>
          {blocker && (
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
              {blocker}
            </Typography>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
