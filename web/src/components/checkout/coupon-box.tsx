'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { CartTotalsFieldsFragment } from '@/__generated__/graphql';
import { ApplyCouponMutation, RemoveCouponMutation } from '@/graphql/checkout.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { reasonCodeMessage, userErrorsMessage } from '@msa/web-kit/user-error-messages';

type Notice = { severity: 'success' | 'warning' | 'error'; text: string };

/** Entering and removing coupon codes; the cart's discounts and totals update from the answer. */
export function CouponBox({ cart }: { cart: CartTotalsFieldsFragment }) {
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [applyCoupon, applying] = useMutation(ApplyCouponMutation);
  const [removeCoupon, removing] = useMutation(RemoveCouponMutation);
  const busy = applying.loading || removing.loading;

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    const entered = code.trim();
    if (!entered) return;
    setNotice(null);
    try {
      const { data } = await applyCoupon({ variables: { cartId: cart.id, code: entered } });
      const refused = userErrorsMessage(data?.applyCoupon.userErrors);
      if (refused) setNotice({ severity: 'warning', text: refused });
      else {
        setNotice({ severity: 'success', text: `Code ${entered.toUpperCase()} applied.` });
        setCode('');
      }
    } catch (error) {
      setNotice({ severity: 'error', text: describeApiError(error) });
    }
  };

  const remove = async (couponCode: string) => {
    setNotice(null);
    try {
      const { data } = await removeCoupon({ variables: { cartId: cart.id, code: couponCode } });
      const refused = userErrorsMessage(data?.removeCoupon.userErrors);
      setNotice(
        refused
          ? { severity: 'warning', text: refused }
          : { severity: 'success', text: `Code ${couponCode} removed.` },
      );
    } catch (error) {
      setNotice({ severity: 'error', text: describeApiError(error) });
    }
  };

  return (
    <Stack spacing={1.5}>
      <Stack component="form" direction="row" spacing={1} onSubmit={apply} noValidate>
        <TextField
          label="Discount code"
          size="small"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="outlined" disabled={busy || !code.trim()}>
          {applying.loading ? 'Applying…' : 'Apply'}
        </Button>
      </Stack>
      {cart.coupons.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {cart.coupons.map((coupon) => (
            <Chip
              key={coupon.code}
              label={coupon.code}
              color={coupon.applied ? 'success' : 'default'}
              onDelete={busy ? undefined : () => void remove(coupon.code)}
              aria-label={`Coupon ${coupon.code}`}
            />
          ))}
        </Stack>
      )}
      {cart.coupons
        .filter((coupon) => !coupon.applied)
        .map((coupon) => (
          <Typography key={coupon.code} variant="body2" color="warning.main">
            {coupon.code}:{' '}
            {reasonCodeMessage(coupon.reason) ?? coupon.message ?? 'Does not apply to this cart.'}
          </Typography>
        ))}
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
    </Stack>
  );
}
