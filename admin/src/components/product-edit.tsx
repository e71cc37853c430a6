'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorsByField, userErrorText } from '@msa/web-kit/api-errors';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import type { AdminProductFieldsFragment } from '@/__generated__/graphql';
import { AdminProductQuery, ArchiveProductMutation, UpdateProductMutation } from '@/graphql/products.graphql';
import { productChanges, toProductInput, type FieldErrors, type ProductDraft } from '@/lib/product-form';
import { useCategoryRecords } from '@/lib/use-categories';
import { ImageManager } from './image-manager';
import { PageHeader } from './page-header';
import { ProductDetailsFields } from './product-details-fields';
import { ProductStatusChip } from './product-status-chip';
import { VariantsSection } from './variants-section';

export function ProductEdit({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(AdminProductQuery, { variables: { id } });

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading product…" />;
  const product = data?.product;
  if (!product) {
    return (
      <Stack spacing={2}>
        <Typography>No product has this id.</Typography>
        <MuiLink component={Link} href="/products">
          Back to products
        </MuiLink>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title={product.name}
        actions={
          <>
            <ProductStatusChip status={product.status} />
            <Button component={Link} href="/products">
              All products
            </Button>
          </>
        }
      />
      <Stack spacing={3} sx={{ maxWidth: 1000 }}>
        {/* Keyed by the last update, so the form restarts from what was saved. */}
        <ProductDetailsCard key={product.updatedAt} product={product} />
        <ImageManager product={product} onUploaded={() => void refetch()} />
        <VariantsSection product={product} />
      </Stack>
    </>
  );
}

function draftOf(product: AdminProductFieldsFragment): ProductDraft {
  return {
    name: product.name,
    slug: product.slug,
    description: product.description,
    categoryId: product.category?.id ?? '',
    status: product.status,
  };
}

function ProductDetailsCard({ product }: { product: AdminProductFieldsFragment }) {
  const [draft, setDraft] = useState(() => draftOf(product));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ severity: 'success' | 'warning' | 'error'; text: string } | null>(
    null,
  );
  const [updateProduct, updating] = useMutation(UpdateProductMutation);
  const [archiveProduct, archiving] = useMutation(ArchiveProductMutation);
  const { records } = useCategoryRecords();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const checked = toProductInput(draft);
    const saved = toProductInput(draftOf(product));
    if (!checked.ok || !saved.ok) {
      setErrors(checked.ok ? {} : checked.errors);
      return;
    }
    setErrors({});
    const changes = productChanges(saved.value, checked.value);
    if (Object.keys(changes).length === 0) {
      setNotice({ severity: 'success', text: 'Nothing to save.' });
      return;
    }
    try {
      const { data } = await updateProduct({ variables: { id: product.id, input: changes } });
      const userErrors = data?.updateProduct.userErrors ?? [];
      if (userErrors.length > 0) {
        setErrors(userErrorsByField(userErrors));
        setNotice({ severity: 'warning', text: userErrorText(userErrors) ?? 'Not saved.' });
      }
    } catch (failure) {
      setNotice({ severity: 'error', text: describeApiError(failure) });
    }
  };

  const archive = async () => {
    if (!window.confirm(`Archive “${product.name}”? Customers will no longer see it.`)) return;
    setNotice(null);
    try {
      const { data } = await archiveProduct({ variables: { id: product.id } });
      const refused = userErrorText(data?.archiveProduct.userErrors);
      if (refused) setNotice({ severity: 'warning', text: refused });
    } catch (failure) {
      setNotice({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="form" onSubmit={save} noValidate>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Details
      </Typography>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }}>
          {notice.text}
        </Alert>
      )}
      <ProductDetailsFields draft={draft} onChange={setDraft} errors={errors} categories={records} />
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" disabled={updating.loading}>
          {updating.loading ? 'Saving…' : 'Save details'}
        </Button>
        {product.status !== 'ARCHIVED' && (
          <Button color="warning" onClick={() => void archive()} disabled={archiving.loading}>
            Archive
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
