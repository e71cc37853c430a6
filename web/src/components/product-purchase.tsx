'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useState } from 'react';
import type { ProductBySlugQuery } from '@/__generated__/graphql';
import { useAddToCart } from '@/lib/cart-context';
import { userErrorText } from '@msa/web-kit/api-errors';
import { discountPercent } from '@msa/web-kit/money';
import { ErrorNotice } from '@msa/web-kit/query-state';
import { initialVariant } from '@/lib/variant-options';
import { QuantityStepper } from './quantity-stepper';
import { VariantPicker } from './variant-picker';

type Variant = NonNullable<ProductBySlugQuery['product']>['variants'][number];

type Outcome =
  | { kind: 'added'; quantity: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

/** Price, variant choice, quantity and the add-to-cart button of the product page. */
export function ProductPurchase({ variants }: { variants: readonly Variant[] }) {
  const [selected, setSelected] = useState<Variant | null>(() => initialVariant(variants));
  const [quantity, setQuantity] = useState(1);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [addToCart, { loading }] = useAddToCart();

  if (!selected) return <Alert severity="info">This product cannot be bought right now.</Alert>;
  const percentOff = discountPercent(selected.price.amount, selected.compareAtPrice?.amount);

  const add = async () => {
    setOutcome(null);
    try {
      const payload = await addToCart(selected.id, quantity);
      const refused = userErrorText(payload?.userErrors);
      setOutcome(refused ? { kind: 'refused', message: refused } : { kind: 'added', quantity });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
          {selected.price.formatted}
        </Typography>
        {selected.compareAtPrice && percentOff !== null && (
          <>
            <Typography
              component="s"
              color="text.secondary"
              aria-label={`was ${selected.compareAtPrice.formatted}`}
            >
              {selected.compareAtPrice.formatted}
            </Typography>
            <Chip size="small" color="secondary" label={`−${percentOff}%`} />
          </>
        )}
      </Stack>

      <VariantPicker
        variants={variants}
        selected={selected}
        onSelect={(variant) => {
          setSelected(variant);
          setOutcome(null);
        }}
      />

      <Typography variant="body2" color={selected.inStock ? 'success.main' : 'error.main'}>
        {selected.inStock ? 'In stock' : 'Sold out'} · SKU {selected.sku}
      </Typography>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <QuantityStepper value={quantity} onChange={setQuantity} disabled={!selected.inStock} />
        <Button
          variant="contained"
          size="large"
          onClick={() => void add()}
          disabled={!selected.inStock || loading}
        >
          {loading ? 'Adding…' : 'Add to cart'}
        </Button>
      </Stack>

      {outcome?.kind === 'added' && (
        <Alert
          severity="success"
          action={
            <Button component={Link} href="/cart" color="inherit" size="small">
              View cart
            </Button>
          }
        >
          Added {outcome.quantity} × {selected.title} to your cart.
        </Alert>
      )}
      {outcome?.kind === 'refused' && <Alert severity="warning">{outcome.message}</Alert>}
      {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} />}
    </Stack>
  );
}
