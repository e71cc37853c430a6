'use client';

import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { UserErrorLike } from '@msa/web-kit/api-errors';
import { answered, checkFailed, fieldsNamed } from '@/lib/form-submission';
import {
  EMPTY_VARIANT,
  toVariantInput,
  type VariantDraft,
  type VariantInputFields,
} from '@/lib/product-form';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

const PLACEMENT = { fieldOf: fieldsNamed(Object.keys(EMPTY_VARIANT)) };

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
  onSave: (variant: VariantInputFields) => Promise<readonly UserErrorLike[] | undefined>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const { busy, problem, fieldErrors: errors, handleSubmit } = useFormSubmission(PLACEMENT);

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

  const submit = handleSubmit(async () => {
    const checked = toVariantInput(draft, currency);
    if (!checked.ok) return checkFailed(checked.errors);
    return answered(await onSave(checked.value), onClose);
  });

  return (
    <FormDialog
      title={title}
      problem={problem}
      submitLabel="Save variant"
      busy={busy}
      maxWidth="sm"
      onSubmit={submit}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
