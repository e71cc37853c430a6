'use client';

import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { userErrorsByField } from '@msa/web-kit/api-errors';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import type { AdminProductFieldsFragment } from '@/__generated__/graphql';
import { AdminProductQuery, ArchiveProductMutation, UpdateProductMutation } from '@/graphql/products.graphql';
import { productChanges, toProductInput, type FieldErrors, type ProductDraft } from '@/lib/product-form';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCategoryRecords } from '@/lib/use-categories';
import { ActionNotice } from './action-notice';
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
  const notices = useActionNotice();
  const [updateProduct, updating] = useMutation(UpdateProductMutation);
  const [archiveProduct, archiving] = useMutation(ArchiveProductMutation);
  const { records } = useCategoryRecords();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    notices.dismiss();
    const checked = toProductInput(draft);
    const saved = toProductInput(draftOf(product));
    if (!checked.ok || !saved.ok) {
      setErrors(checked.ok ? {} : checked.errors);
      return;
    }
    setErrors({});
    const changes = productChanges(saved.value, checked.value);
    if (Object.keys(changes).length === 0) {
      notices.show({ severity: 'success', text: 'Nothing to save.' });
      return;
    }
    await notices.perform(
      async () => {
        const { data } = await updateProduct({ variables: { id: product.id, input: changes } });
        const userErrors = data?.updateProduct.userErrors ?? [];
        setErrors(userErrorsByField(userErrors));
        return userErrors;
      },
      { refused: 'warning' },
    );
  };

  const archive = async () => {
    if (!window.confirm(`Archive “${product.name}”? Customers will no longer see it.`)) return;
    await notices.perform(
      async () => (await archiveProduct({ variables: { id: product.id } })).data?.archiveProduct.userErrors,
      { refused: 'warning' },
    );
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="form" onSubmit={save} noValidate>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Details
      </Typography>
      <ActionNotice notice={notices.notice} />
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
