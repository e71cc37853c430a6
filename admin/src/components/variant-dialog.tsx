'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import {
  describeApiError,
  userErrorsByField,
  userErrorText,
  type UserErrorLike,
} from '@msa/web-kit/api-errors';
import {
  toVariantInput,
  type FieldErrors,
  type VariantDraft,
  type VariantInputFields,
} from '@/lib/product-form';

/**
 * The variant form. `onSave` returns the API's userErrors (shown beside their fields) or nothing on
 * success, after which the dialog closes itself through `onClose`.
 */
export function VariantDialog({
  title,
  initial,
  currency,
  onSave,
  onClose,
}: {
  title: string;
  initial: VariantDraft;
  currency: string;
  onSave: (variant: VariantInputFields) => Promise<readonly UserErrorLike[] | void>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const field = (key: keyof VariantDraft, label: string, helper?: string, extra: object = {}) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? helper}
      {...extra}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = toVariantInput(draft, currency);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const userErrors = await onSave(checked.value);
      if (userErrors && userErrors.length > 0) {
        const byField = userErrorsByField(userErrors);
        setErrors(byField);
        if (Object.keys(byField).every((key) => !(key in draft))) setProblem(userErrorText(userErrors));
        return;
      }
      onClose();
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && <Alert severity="error">{problem}</Alert>}
            {field('sku', 'SKU', 'Letters, digits, ".", "-" and "_"; unique in the shop.', {
              required: true,
              autoFocus: true,
            })}
            {field('title', 'Title', 'Shown to customers; the option values when empty.')}
            {field('options', 'Options', 'For example: Size=M, Colour=Blue')}
            <Stack direction="row" spacing={2}>
              {field('price', `Price (${currency})`, undefined, {
                required: true,
                inputMode: 'decimal',
                sx: { flex: 1 },
              })}
              {field('compareAtPrice', `Former price (${currency})`, 'Optional, shown struck through.', {
                inputMode: 'decimal',
                sx: { flex: 1 },
              })}
            </Stack>
            {field('weightGrams', 'Weight (grams)', undefined, { inputMode: 'numeric' })}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {saving ? 'Saving…' : 'Save variant'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
