'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatMoney } from '@msa/web-kit/money';
import { CreateProductMutation } from '@/graphql/products.graphql';
import { STORE_CURRENCY } from '@/lib/config';
import { answered, checkFailed, failedWith, fieldsNamed } from '@/lib/form-submission';
import {
  EMPTY_PRODUCT,
  EMPTY_VARIANT,
  optionsToText,
  toProductInput,
  type VariantInputFields,
} from '@/lib/product-form';
import { useCategoryRecords } from '@/lib/use-categories';
import { useFormSubmission } from '@/lib/use-form-submission';
import { PageHeader } from './page-header';
import { ProductDetailsFields } from './product-details-fields';
import { VariantDialog } from './variant-dialog';

// Refusals are said above the form too: a variant's has no field on this page.
const PLACEMENT = { fieldOf: fieldsNamed(Object.keys(EMPTY_PRODUCT)), summary: 'all' } as const;

/** A new product with its first variants; images are added on the product's page once it exists. */
export function ProductCreate() {
  const [draft, setDraft] = useState(EMPTY_PRODUCT);
  const [variants, setVariants] = useState<VariantInputFields[]>([]);
  const [adding, setAdding] = useState(false);
  const { busy, problem, fieldErrors: errors, handleSubmit } = useFormSubmission(PLACEMENT);
  const [createProduct] = useMutation(CreateProductMutation);
  const { records } = useCategoryRecords();
  const router = useRouter();

  const submit = handleSubmit(async () => {
    const checked = toProductInput(draft);
    if (!checked.ok) return checkFailed(checked.errors);
    if (draft.status === 'ACTIVE' && variants.length === 0) {
      return checkFailed(
        {},
        'An active product needs at least one variant. Add one, or save the product as a draft.',
      );
    }
    const { data } = await createProduct({ variables: { input: { ...checked.value, variants } } });
    const created = data?.createProduct.product;
    if (created) return answered([], () => router.push(`/products/${created.id}`));
    const userErrors = data?.createProduct.userErrors ?? [];
    return userErrors.length > 0 ? answered(userErrors) : failedWith('The product was not created.');
  });

  return (
    <>
      <PageHeader title="New product" />
      <Stack component="form" spacing={3} onSubmit={submit} noValidate sx={{ maxWidth: 900 }}>
        {problem && <Alert severity="error">{problem}</Alert>}
        <Paper variant="outlined" sx={{ p: 3 }}>
          <ProductDetailsFields draft={draft} onChange={setDraft} errors={errors} categories={records} />
        </Paper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" component="h2">
              Variants
            </Typography>
            <Button onClick={() => setAdding(true)}>Add variant</Button>
          </Stack>
          {variants.length === 0 ? (
            <Typography color="text.secondary">No variants yet.</Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>SKU</TableCell>
                  <TableCell>Options</TableCell>
                  <TableCell align="right">Price</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {variants.map((variant, index) => (
                  <TableRow key={variant.sku}>
                    <TableCell>{variant.sku}</TableCell>
                    <TableCell>{optionsToText(variant.options) || variant.title || '—'}</TableCell>
                    <TableCell align="right">
                      {formatMoney({ amount: variant.price, currency: STORE_CURRENCY })}
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setVariants(variants.filter((_, i) => i !== index))}
                      >
                        Remove
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Paper>
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Creating…' : 'Create product'}
          </Button>
          <Button onClick={() => router.push('/products')}>Cancel</Button>
        </Stack>
      </Stack>
      {adding && (
        <VariantDialog
          title="New variant"
          initial={EMPTY_VARIANT}
          currency={STORE_CURRENCY}
          onClose={() => setAdding(false)}
          onSave={async (variant) => {
            if (variants.some((existing) => existing.sku === variant.sku)) {
              return [
                {
                  code: 'SKU_TAKEN',
                  message: 'Another variant of this product has this SKU',
                  field: ['sku'],
                },
              ];
            }
            setVariants([...variants, variant]);
          }}
        />
      )}
    </>
  );
}
