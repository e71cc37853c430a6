'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useState } from 'react';
import type { ProductBySlugQuery } from '@/__generated__/graphql';
import { useAddToCart, useCart } from '@/lib/cart-context';
import { usePricesBeforeCheckoutNote } from '@/lib/price-display';
import { addedToCartMessage } from '@/lib/variant-label';
import { remainingLineQuantity } from '@msa/web-kit/cart-limits';
import { discountPercent } from '@msa/web-kit/money';
import { ErrorNotice } from '@msa/web-kit/query-state';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
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
  const taxNote = usePricesBeforeCheckoutNote();
  const { cart } = useCart();

  if (!selected) return <Alert severity="info">This product cannot be bought right now.</Alert>;
  const percentOff = discountPercent(selected.price.amount, selected.compareAtPrice?.amount);
  const inCart = cart?.lines.find((line) => line.variant.id === selected.id)?.quantity ?? 0;
  const maxQuantity = Math.max(1, remainingLineQuantity(inCart));

  const add = async () => {
    setOutcome(null);
    try {
      const payload = await addToCart(selected.id, Math.min(quantity, maxQuantity));
      const refused = userErrorsMessage(payload?.userErrors);
      setOutcome(
        refused
          ? { kind: 'refused', message: refused }
          : { kind: 'added', quantity: Math.min(quantity, maxQuantity) },
      );
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
        <Typography variant="body2" color="text.secondary">
          {taxNote}
        </Typography>
      </Stack>

      <VariantPicker
        variants={variants}
        selected={selected}
        onSelect={(variant) => {
          setSelected(variant);
          setQuantity(1);
          setOutcome(null);
        }}
      />

      <Typography variant="body2" color={selected.inStock ? 'success.main' : 'error.main'}>
        {selected.inStock ? 'In stock' : 'Sold out'} · SKU {selected.sku}
      </Typography>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <QuantityStepper
          value={Math.min(quantity, maxQuantity)}
          max={maxQuantity}
          onChange={setQuantity}
          disabled={!selected.inStock}
        />
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
          {addedToCartMessage(outcome.quantity, selected, variants.length)}
        </Alert>
      )}
      {outcome?.kind === 'refused' && <Alert severity="warning">{outcome.message}</Alert>}
      {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} />}
    </Stack>
  );
}
