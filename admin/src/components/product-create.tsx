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
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorsByField, userErrorText } from '@msa/web-kit/api-errors';
import { formatMoney } from '@msa/web-kit/money';
import { CreateProductMutation } from '@/graphql/products.graphql';
import { STORE_CURRENCY } from '@/lib/config';
import {
  EMPTY_PRODUCT,
  EMPTY_VARIANT,
  optionsToText,
  toProductInput,
  type FieldErrors,
  type VariantInputFields,
} from '@/lib/product-form';
import { useCategoryRecords } from '@/lib/use-categories';
import { PageHeader } from './page-header';
import { ProductDetailsFields } from './product-details-fields';
import { VariantDialog } from './variant-dialog';

/** A new product with its first variants; images are added on the product's page once it exists. */
export function ProductCreate() {
  const [draft, setDraft] = useState(EMPTY_PRODUCT);
  const [variants, setVariants] = useState<VariantInputFields[]>([]);
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [createProduct, { loading }] = useMutation(CreateProductMutation);
  const { records } = useCategoryRecords();
  const router = useRouter();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = toProductInput(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (draft.status === 'ACTIVE' && variants.length === 0) {
      setProblem('An active product needs at least one variant. Add one, or save the product as a draft.');
      return;
    }
    try {
      const { data } = await createProduct({ variables: { input: { ...checked.value, variants } } });
      const payload = data?.createProduct;
      if (payload?.product) {
        router.push(`/products/${payload.product.id}`);
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      setErrors(userErrorsByField(userErrors));
      setProblem(userErrorText(userErrors) ?? 'The product was not created.');
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

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
          <Button type="submit" variant="contained" disabled={loading}>
            {loading ? 'Creating…' : 'Create product'}
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
