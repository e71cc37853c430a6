import { useQuery } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { CartTotalsFieldsFragment } from '@/__generated__/graphql';
import { CheckoutSummaryQuery } from '@/graphql/tax.graphql';
import { destinationOf, type AddressLike } from '@/lib/address-form';
import { formatMoney } from '@msa/web-kit/money';
import { TotalsWithTax } from '../totals-with-tax';
import type { ShippingRate } from './delivery-step';

function Row({ label, value, strong = false }: { label: ReactNode; value: ReactNode; strong?: boolean }) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography sx={strong ? { fontWeight: 700 } : undefined}>{label}</Typography>
      <Typography sx={{ whiteSpace: 'nowrap', ...(strong ? { fontWeight: 700 } : {}) }}>{value}</Typography>
    </Stack>
  );
}

/**
 * Subtotal, each discount, delivery, the destination's tax (checkoutSummary, priced as checkout will) and
 * the total the order will have.
 */
export function CheckoutTotals({
  cart,
  rate,
  address,
}: {
  cart: CartTotalsFieldsFragment;
  rate: ShippingRate | null;
  address: AddressLike | null;
}) {
  const shipping = rate ? (cart.freeShipping ? 0 : rate.amount.amount) : null;
  const { data, refetch } = useQuery(CheckoutSummaryQuery, {
    variables: {
      input: {
        cartId: cart.id,
        shippingRateId: rate?.id ?? '',
        destination: address
          ? (({ country, postalCode, region }) => ({ country, postalCode, region }))(destinationOf(address))
          : { country: '', postalCode: '' },
      },
    },
    skip: !rate || !address,
    fetchPolicy: 'network-only',
  });
  // A changed cart (a coupon, a quantity) changes the tax base: ask again.
  const pricedAt = useRef(cart.total.amount);
  useEffect(() => {
    if (pricedAt.current === cart.total.amount) return;
    pricedAt.current = cart.total.amount;
    if (rate && address) void refetch().catch(() => undefined);
  }, [cart.total.amount, rate, address, refetch]);
  const summary = rate && address ? (data?.checkoutSummary ?? null) : null;
  const total =
    summary?.total.formatted ??
    formatMoney({ amount: cart.total.amount + (shipping ?? 0), currency: cart.total.currency });
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
      <TotalsWithTax taxLines={summary?.taxLines ?? null} total={total} />
    </Stack>
  );
}
