import { useQuery } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { CartTotalsFieldsFragment } from '@/__generated__/graphql';
import { CheckoutSummaryQuery } from '@/graphql/tax.graphql';
import { destinationOf, type AddressLike } from '@/lib/address-form';
import { useGrossFigures } from '@/lib/price-display';
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

/** A cart line as the summary lists it. */
export interface CheckoutItem {
  id: string;
  /** "2 × Tee (M)". */
  label: string;
  lineTotal: { amount: number; formatted: string };
}

/**
 * The items, then `children` (the coupon box), then subtotal, each discount, delivery, the destination's
 * tax (checkoutSummary, priced as checkout will) and the total the order will have. A tax-inclusive shop
 * shows the items, discounts and delivery with their share of that tax once it is known.
 */
export function CheckoutTotals({
  cart,
  items,
  rate,
  address,
  children,
}: {
  cart: CartTotalsFieldsFragment;
  items: readonly CheckoutItem[];
  rate: ShippingRate | null;
  address: AddressLike | null;
  children?: ReactNode;
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
  const grossOfCart = useGrossFigures({
    lines: items.map((item) => item.lineTotal.amount),
    discounts: cart.discounts.map((discount) => discount.amount.amount),
    shipping: summary?.shippingTotal.amount ?? 0,
    taxLines: summary
      ? summary.taxLines.map((line) => ({ rate: line.rate, amount: line.amount.amount }))
      : null,
  });
  // A preview of an older cart (a refetch is on its way) would not add up to the total it shows: net until then.
  const gross = grossOfCart && grossOfCart.total === summary?.total.amount ? grossOfCart : null;
  const currency = cart.total.currency;
  const shown = (amount: number | undefined, formatted: string) =>
    gross && amount !== undefined ? formatMoney({ amount, currency }) : formatted;
  const total = shown(
    gross?.total,
    summary?.total.formatted ?? formatMoney({ amount: cart.total.amount + (shipping ?? 0), currency }),
  );
  const shownShipping = gross?.shipping ?? shipping;
  return (
    <Stack spacing={2}>
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="Items">
        {items.map((item, index) => (
          <Stack
            component="li"
            key={item.id}
            direction="row"
            spacing={2}
            sx={{ justifyContent: 'space-between' }}
          >
            <Typography variant="body2">{item.label}</Typography>
            <Typography variant="body2">{shown(gross?.lines[index], item.lineTotal.formatted)}</Typography>
          </Stack>
        ))}
      </Stack>
      {children}
      <Stack spacing={1} aria-label="Order totals">
        <Row label="Subtotal" value={shown(gross?.subtotal, cart.subtotal.formatted)} />
        {cart.discounts.map((discount, index) => (
          <Row
            key={discount.promotionId}
            label={discount.code ? `${discount.label} (${discount.code})` : discount.label}
            value={
              discount.freeShipping && discount.amount.amount === 0
                ? 'Free delivery'
                : `−${shown(gross?.discounts[index], discount.amount.formatted)}`
            }
          />
        ))}
        <Row
          label="Delivery"
          value={
            shownShipping === null
              ? 'Choose an option'
              : shownShipping === 0
                ? 'Free'
                : formatMoney({ amount: shownShipping, currency: rate!.amount.currency })
          }
        />
        <TotalsWithTax taxLines={summary?.taxLines ?? null} total={total} />
      </Stack>
    </Stack>
  );
}
