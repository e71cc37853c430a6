'use client';

import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CreateCategoryMutation, UpdateCategoryMutation } from '@/graphql/categories.graphql';
import { parentOptions, type CategoryRecord } from '@/lib/category-tree';
import { answered, checkFailed, fieldsNamed } from '@/lib/form-submission';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

export type CategoryDialogMode =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; category: CategoryRecord };

const TOP_LEVEL = '';
const PLACEMENT = { fieldOf: fieldsNamed(['name', 'slug', 'description', 'parentId']) };

/** Creates a category, or edits one (name, slug, description, parent). */
export function CategoryDialog({
  mode,
  records,
  onClose,
  onSaved,
}: {
  mode: CategoryDialogMode;
  records: readonly CategoryRecord[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const editing = mode.kind === 'edit' ? mode.category : null;
  const [form, setForm] = useState({
    name: editing?.name ?? '',
    slug: editing?.slug ?? '',
    description: editing?.description ?? '',
    parentId: (editing ? editing.parentId : mode.kind === 'create' ? mode.parentId : null) ?? TOP_LEVEL,
  });
  const { busy, problem, fieldErrors, handleSubmit } = useFormSubmission(PLACEMENT);
  const [create] = useMutation(CreateCategoryMutation);
  const [update] = useMutation(UpdateCategoryMutation);
  const options = parentOptions(records, editing?.id);

  const submit = handleSubmit(async () => {
    const name = form.name.trim();
    if (!name) return checkFailed({ name: 'Enter a name' });
    const slug = form.slug.trim();
    const description = form.description.trim();
    const parentId = form.parentId || null;
    if (editing) {
      const input = {
        ...(name !== editing.name ? { name } : {}),
        ...(slug && slug !== editing.slug ? { slug } : {}),
        ...(description !== editing.description ? { description } : {}),
        ...(parentId !== editing.parentId ? { parentId } : {}),
      };
      if (Object.keys(input).length === 0) return answered([], onClose);
      const { data } = await update({ variables: { id: editing.id, input } });
      return answered(data?.updateCategory.userErrors, onSaved);
    }
    const input = { name, ...(slug ? { slug } : {}), ...(description ? { description } : {}), parentId };
    const { data } = await create({ variables: { input } });
    return answered(data?.createCategory.userErrors, onSaved);
  });

  return (
    <FormDialog
      title={editing ? `Edit ${editing.name}` : 'New category'}
      problem={problem}
      busy={busy}
      maxWidth="sm"
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Name"
        required
        autoFocus
        value={form.name}
        onChange={(event) => setForm({ ...form, name: event.target.value })}
        error={Boolean(fieldErrors.name)}
        helperText={fieldErrors.name}
      />
      <TextField
        label="Slug"
        value={form.slug}
        onChange={(event) => setForm({ ...form, slug: event.target.value })}
        error={Boolean(fieldErrors.slug)}
        helperText={fieldErrors.slug ?? 'Used in the storefront address; derived from the name when empty.'}
      />
      <TextField
        label="Description"
        multiline
        minRows={2}
        value={form.description}
        onChange={(event) => setForm({ ...form, description: event.target.value })}
        error={Boolean(fieldErrors.description)}
        helperText={fieldErrors.description}
      />
      <TextField
        select
        label="Parent"
        value={form.parentId}
        onChange={(event) => setForm({ ...form, parentId: event.target.value })}
        error={Boolean(fieldErrors.parentId)}
        helperText={fieldErrors.parentId}
      >
        <MenuItem value={TOP_LEVEL}>None (top level)</MenuItem>
        {options.map((option) => (
          <MenuItem key={option.id} value={option.id}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
