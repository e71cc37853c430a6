'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import type { CartFieldsFragment } from '@/__generated__/graphql';
import { RemoveCartLineMutation, UpdateCartLineMutation } from '@/graphql/cart.graphql';
import { cartIdVariable, type CartTarget } from '@/lib/guest-cart';
import { ErrorNotice } from '@msa/web-kit/query-state';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { variantLabel } from '@/lib/variant-label';
import { QuantityStepper } from './quantity-stepper';

type CartLine = CartFieldsFragment['lines'][number];

/** One cart line: what it is, its price, and controls to change the quantity or remove it. */
export function CartLineRow({
  line,
  target,
  onRefused,
}: {
  line: CartLine;
  target: CartTarget;
  onRefused: (message: string | null) => void;
}) {
  const [updateLine, update] = useMutation(UpdateCartLineMutation);
  const [removeLine, removal] = useMutation(RemoveCartLineMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const cartId = cartIdVariable(target);
  const busy = update.loading || removal.loading;
  const image = line.variant.product.images[0];
  const label = variantLabel(line.variant);

  const run = async (change: () => Promise<readonly { message: string; code: string }[] | undefined>) => {
    setFailure(null);
    try {
      onRefused(userErrorsMessage(await change()));
    } catch (error) {
      setFailure(error);
    }
  };

  const setQuantity = (quantity: number) =>
    run(async () => {
      const { data } = await updateLine({ variables: { cartId, lineId: line.id, quantity } });
      return data?.updateCartLine.userErrors;
    });

  const remove = () =>
    run(async () => {
      const { data } = await removeLine({ variables: { cartId, lineId: line.id } });
      return data?.removeCartLine.userErrors;
    });

  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2, gridTemplateColumns: '72px 1fr auto', alignItems: 'center' }}>
      <Box sx={{ width: 72, height: 72, bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' }}>
        {image && (
          // Images come from the API's media host; a plain img needs no per-host build configuration.
          <img
            src={image.url}
            alt={image.alt || line.variant.product.name}
            style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
        )}
      </Box>
      <Stack spacing={0.5} sx={{ minWidth: 0 }}>
        <MuiLink
          component={Link}
          href={`/products/${line.variant.product.slug}`}
          underline="hover"
          sx={{ fontWeight: 600 }}
        >
          {line.variant.product.name}
        </MuiLink>
        <Typography variant="body2" color="text.secondary">
          {label ? `${label} · ` : ''}
          {line.unitPrice.formatted} each
        </Typography>
        {line.priceChanged && (
          <Typography variant="body2" color="warning.main">
            Price changed since you added it (was {line.addedUnitPrice.formatted}).
          </Typography>
        )}
        {!line.purchasable && (
          <Typography variant="body2" color="error.main">
            No longer available.
          </Typography>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', pt: 1 }}>
          <QuantityStepper
            value={line.quantity}
            min={1}
            onChange={(quantity) => void setQuantity(quantity)}
            disabled={busy}
            label={`Quantity of ${line.variant.product.name}`}
          />
          <Button size="small" color="inherit" onClick={() => void remove()} disabled={busy}>
            Remove
          </Button>
        </Stack>
        {failure !== null && <ErrorNotice error={failure} />}
      </Stack>
      <Typography sx={{ fontWeight: 600 }}>{line.lineTotal.formatted}</Typography>
    </Box>
  );
}
