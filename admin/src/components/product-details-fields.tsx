'use client';

import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { parentOptions, type CategoryRecord } from '@/lib/category-tree';
import type { FieldErrors, ProductDraft, ProductStatusName } from '@/lib/product-form';

const STATUSES: { value: ProductStatusName; label: string }[] = [
  { value: 'DRAFT', label: 'Draft (hidden from customers)' },
  { value: 'ACTIVE', label: 'Active (on sale)' },
  { value: 'ARCHIVED', label: 'Archived (no longer sold)' },
];

/** Name, slug, description, category and status of a product. */
export function ProductDetailsFields({
  draft,
  onChange,
  errors,
  categories,
}: {
  draft: ProductDraft;
  onChange: (draft: ProductDraft) => void;
  errors: FieldErrors;
  categories: readonly CategoryRecord[] | null;
}) {
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const categoryChoices = categories ? parentOptions(categories) : [];
  // Until the list arrives the saved category is still shown, as its id would be an unknown select value.
  const categoryKnown = !draft.categoryId || categoryChoices.some((option) => option.id === draft.categoryId);

  return (
    <Stack spacing={2}>
      <TextField
        label="Name"
        required
        value={draft.name}
        onChange={(event) => set('name', event.target.value)}
        error={Boolean(errors.name)}
        helperText={errors.name}
      />
      <TextField
        label="Slug"
        value={draft.slug}
        onChange={(event) => set('slug', event.target.value)}
        error={Boolean(errors.slug)}
        helperText={
          errors.slug ?? 'The product’s address in the storefront; derived from the name when empty.'
        }
      />
      <TextField
        label="Description"
        multiline
        minRows={3}
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
        error={Boolean(errors.description)}
        helperText={errors.description}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Category"
          value={categoryKnown ? draft.categoryId : ''}
          onChange={(event) => set('categoryId', event.target.value)}
          error={Boolean(errors.categoryId)}
          helperText={errors.categoryId ?? (categories ? undefined : 'Loading categories…')}
          sx={{ flex: 1 }}
        >
          <MenuItem value="">No category</MenuItem>
          {categoryChoices.map((option) => (
            <MenuItem key={option.id} value={option.id}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Status"
          value={draft.status}
          onChange={(event) => set('status', event.target.value as ProductStatusName)}
          error={Boolean(errors.status)}
          helperText={errors.status}
          sx={{ flex: 1 }}
        >
          {STATUSES.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
}
