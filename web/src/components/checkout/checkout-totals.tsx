import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { CartTotalsFieldsFragment } from '@/__generated__/graphql';
import { formatMoney } from '@msa/web-kit/money';
import type { ShippingRate } from './delivery-step';

function Row({ label, value, strong = false }: { label: ReactNode; value: ReactNode; strong?: boolean }) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography sx={strong ? { fontWeight: 700 } : undefined}>{label}</Typography>
      <Typography sx={{ whiteSpace: 'nowrap', ...(strong ? { fontWeight: 700 } : {}) }}>{value}</Typography>
    </Stack>
  );
}

/** Subtotal, each discount, delivery and the total the order will have. */
export function CheckoutTotals({
  cart,
  rate,
}: {
  cart: CartTotalsFieldsFragment;
  rate: ShippingRate | null;
}) {
  const shipping = rate ? (cart.freeShipping ? 0 : rate.amount.amount) : null;
  const total = formatMoney({ amount: cart.total.amount + (shipping ?? 0), currency: cart.total.currency });
  return (
    <Stack spacing={1} aria-label="Order totals">
      <Row label="Subtotal" value={cart.subtotal.formatted} />
      {cart.discounts.map((discount) => (
        <Row
          key={discount.promotionId}
          label={discount.code ? `${discount.label} (${discount.code})` : discount.label}
          value={
            discount.freeShipping && discount.amount.amount === 0
              ? 'Free delivery'
              : `−${discount.amount.formatted}`
          }
        />
      ))}
      <Row
        label="Delivery"
        value={
          shipping === null
            ? 'Choose an option'
            : shipping === 0
              ? 'Free'
              : formatMoney({ amount: shipping, currency: rate!.amount.currency })
        }
      />
      <Divider />
      <Row label="Total" value={total} strong />
    </Stack>
  );
}
