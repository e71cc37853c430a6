'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorsByField, userErrorText } from '@msa/web-kit/api-errors';
import { CreateCategoryMutation, UpdateCategoryMutation } from '@/graphql/categories.graphql';
import { parentOptions, type CategoryRecord } from '@/lib/category-tree';

export type CategoryDialogMode =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; category: CategoryRecord };

const TOP_LEVEL = '';

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
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateCategoryMutation);
  const [update, updating] = useMutation(UpdateCategoryMutation);
  const options = parentOptions(records, editing?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFieldErrors({});
    const name = form.name.trim();
    if (!name) {
      setFieldErrors({ name: 'Enter a name' });
      return;
    }
    const slug = form.slug.trim();
    const description = form.description.trim();
    const parentId = form.parentId || null;
    try {
      let userErrors;
      if (editing) {
        const input = {
          ...(name !== editing.name ? { name } : {}),
          ...(slug && slug !== editing.slug ? { slug } : {}),
          ...(description !== editing.description ? { description } : {}),
          ...(parentId !== editing.parentId ? { parentId } : {}),
        };
        if (Object.keys(input).length === 0) return onClose();
        const { data } = await update({ variables: { id: editing.id, input } });
        userErrors = data?.updateCategory.userErrors ?? [];
      } else {
        const input = { name, ...(slug ? { slug } : {}), ...(description ? { description } : {}), parentId };
        const { data } = await create({ variables: { input } });
        userErrors = data?.createCategory.userErrors ?? [];
      }
      if (userErrors.length > 0) {
        const byField = userErrorsByField(userErrors);
        setFieldErrors(byField);
        if (Object.keys(byField).length === 0) setProblem(userErrorText(userErrors));
        return;
      }
      onSaved();
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const busy = creating.loading || updating.loading;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{editing ? `Edit ${editing.name}` : 'New category'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && <Alert severity="error">{problem}</Alert>}
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
              helperText={
                fieldErrors.slug ?? 'Used in the storefront address; derived from the name when empty.'
              }
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
