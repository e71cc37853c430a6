import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { useGrossFigures } from '@/lib/price-display';
import { variantLabel } from '@/lib/variant-label';
import { formatMoney } from '@msa/web-kit/money';
import { TotalsWithTax } from '../totals-with-tax';

function Row({ label, value, strong = false }: { label: ReactNode; value: ReactNode; strong?: boolean }) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography sx={strong ? { fontWeight: 700 } : undefined}>{label}</Typography>
      <Typography sx={{ whiteSpace: 'nowrap', ...(strong ? { fontWeight: 700 } : {}) }}>{value}</Typography>
    </Stack>
  );
}

/** What was ordered, at what price, and how the total came about. */
export function OrderLines({ order }: { order: OrderDetailFieldsFragment }) {
  const gross = useGrossFigures({
    lines: order.lines.map((line) => line.lineTotal.amount),
    discounts: order.discounts.map((discount) => discount.amount.amount),
    shipping: order.shippingTotal.amount,
    taxLines: order.taxLines.map((line) => ({ rate: line.rate, amount: line.amount.amount })),
  });
  const currency = order.subtotal.currency;
  const shown = (amount: number | undefined, formatted: string) =>
    gross && amount !== undefined ? formatMoney({ amount, currency }) : formatted;
  return (
    <Stack spacing={2}>
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="Items">
        {order.lines.map((line, index) => {
          const image = line.variant.product.images[0];
          const label = variantLabel(line.variant);
          return (
            <Box
              component="li"
              key={line.id}
              sx={{ display: 'grid', gridTemplateColumns: '56px 1fr auto', gap: 2, alignItems: 'center' }}
            >
              <Box sx={{ width: 56, height: 56, bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' }}>
                {image && (
                  <img
                    src={image.url}
                    alt={image.alt || line.variant.product.name}
                    style={{ width: '100%', height: '100%', objectFit: 'cover' }}
                  />
                )}
              </Box>
              <Stack sx={{ minWidth: 0 }}>
                <MuiLink component={Link} href={`/products/${line.variant.product.slug}`} underline="hover">
                  {line.variant.product.name}
                </MuiLink>
                <Typography variant="body2" color="text.secondary">
                  {label ? `${label} · ` : ''}
                  {line.quantity} ×{' '}
                  {shown(
                    gross ? Math.round(gross.lines[index]! / line.quantity) : undefined,
                    line.unitPrice.formatted,
                  )}
                </Typography>
              </Stack>
              <Typography sx={{ fontWeight: 600 }}>
                {shown(gross?.lines[index], line.lineTotal.formatted)}
              </Typography>
            </Box>
          );
        })}
      </Stack>
      <Divider />
      <Stack spacing={0.5} aria-label="Order totals">
        <Row label="Subtotal" value={shown(gross?.subtotal, order.subtotal.formatted)} />
        {order.discounts.map((discount, index) => (
          <Row
            key={`${discount.code ?? ''}-${index}`}
            label={discount.code ? `${discount.label} (${discount.code})` : discount.label}
            value={`−${shown(gross?.discounts[index], discount.amount.formatted)}`}
          />
        ))}
        <Row label="Delivery" value={shown(gross?.shipping, order.shippingTotal.formatted)} />
        <TotalsWithTax
          taxLines={order.taxLines}
          total={shown(gross?.total, order.total.formatted)}
          divider={false}
        />
        {order.refundedTotal.amount > 0 && <Row label="Refunded" value={order.refundedTotal.formatted} />}
      </Stack>
    </Stack>
  );
}
