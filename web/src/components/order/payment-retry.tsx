'use client';

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { RetryPaymentMutation } from '@/graphql/orders.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { reasonCodeMessage, userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { PaymentMethodPicker } from '../checkout/payment-method-picker';

/**
 * A declined payment: why, the reassurance that the cart and the reserved items are kept, and one click to
 * pay with another card (`retryPayment`). The order then goes on live like a new checkout. A guest passes
 * the order's access token.
 */
export function PaymentRetry({
  orderId,
  failureCode,
  accessToken = null,
}: {
  orderId: string;
  failureCode: string | null | undefined;
  accessToken?: string | null;
}) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [retryPayment, { loading }] = useMutation(RetryPaymentMutation);

  const retry = async () => {
    setProblem(null);
    try {
      const { data } = await retryPayment({
        variables: { orderId, paymentToken: token.trim(), accessToken },
      });
      const payload = data?.retryPayment;
      // A new decline comes back beside the order (which stays PAYMENT_FAILED); say it here too.
      const refused = userErrorsMessage(payload?.userErrors);
      if (!refused) return;
      if (!payload?.order) setProblem(refused);
      else if (payload.order.status === 'PAYMENT_FAILED')
        setProblem('That payment method was declined as well. Try another card.');
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, borderColor: 'error.light' }}>
      <Stack spacing={2}>
        <Alert severity="error" role="alert">
          <AlertTitle>
            {reasonCodeMessage(failureCode) ?? 'Your payment was declined. Try another card.'}
          </AlertTitle>
          Nothing was charged. Your items stay reserved for a while and{' '}
          <MuiLink component={Link} href="/cart" color="inherit">
            your cart
          </MuiLink>{' '}
          still holds them.
        </Alert>
        <Typography variant="h6" component="h2">
          Pay with another card
        </Typography>
        <PaymentMethodPicker token={token} onChange={setToken} label="New payment method" />
        {problem && <Alert severity="warning">{problem}</Alert>}
        <Button
          variant="contained"
          onClick={() => void retry()}
          disabled={loading || token.trim() === ''}
          sx={{ alignSelf: 'flex-start' }}
        >
          {loading ? 'Paying…' : 'Pay now'}
        </Button>
      </Stack>
    </Paper>
  );
}
