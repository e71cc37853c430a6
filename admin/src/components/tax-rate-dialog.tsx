'use client';

import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TaxRateFieldsFragment } from '@/__generated__/graphql';
import { SetTaxRateMutation } from '@/graphql/tax.graphql';
import { answered, checkFailed, fieldsNamed } from '@/lib/form-submission';
import { percentOf, taxPlaceLabel, taxRateInput } from '@/lib/tax-rate-form';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

const PLACEMENT = { fieldOf: fieldsNamed(['country', 'region', 'rate']) };

/** Adds a rate, or edits one (its country and region stay: they are what the rate is for). */
export function TaxRateDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: TaxRateFieldsFragment | null;
  onClose: () => void;
  onSaved: (label: string) => void;
}) {
  const [form, setForm] = useState({
    country: editing?.country ?? '',
    region: editing?.region ?? '',
    percent: editing ? percentOf(editing.rate) : '',
    taxShipping: editing?.taxShipping ?? false,
  });
  const { busy, problem, fieldErrors, handleSubmit } = useFormSubmission(PLACEMENT);
  const [setTaxRate] = useMutation(SetTaxRateMutation);

  const submit = handleSubmit(async () => {
    const checked = taxRateInput(form);
    if (!checked.ok) return checkFailed(checked.problems);
    const { data } = await setTaxRate({ variables: { input: checked.input } });
    return answered(data?.setTaxRate.userErrors, () => onSaved(taxPlaceLabel(checked.input)));
  });

  return (
    <FormDialog
      title={editing ? 'Edit tax rate' : 'New tax rate'}
      problem={problem}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Country"
        required
        autoFocus={!editing}
        disabled={Boolean(editing)}
        value={form.country}
        onChange={(event) => setForm({ ...form, country: event.target.value })}
        error={Boolean(fieldErrors.country)}
        helperText={fieldErrors.country ?? 'Two-letter ISO code, e.g. US or DE.'}
        slotProps={{ htmlInput: { maxLength: 2 } }}
      />
      <TextField
        label="Region"
        disabled={Boolean(editing)}
        value={form.region}
        onChange={(event) => setForm({ ...form, region: event.target.value })}
        error={Boolean(fieldErrors.region)}
        helperText={fieldErrors.region ?? 'State or province code (e.g. CA); empty for the whole country.'}
        slotProps={{ htmlInput: { maxLength: 3 } }}
      />
      <TextField
        label="Rate"
        required
        autoFocus={Boolean(editing)}
        value={form.percent}
        onChange={(event) => setForm({ ...form, percent: event.target.value })}
        error={Boolean(fieldErrors.rate)}
        helperText={fieldErrors.rate ?? 'Up to four decimals, e.g. 8.875.'}
        slotProps={{
          htmlInput: { inputMode: 'decimal' },
          input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
        }}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={form.taxShipping}
            onChange={(event) => setForm({ ...form, taxShipping: event.target.checked })}
          />
        }
        label="Tax shipping too"
      />
    </FormDialog>
  );
}
