'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorsByField, userErrorText } from '@msa/web-kit/api-errors';
import type { TaxRateFieldsFragment } from '@/__generated__/graphql';
import { SetTaxRateMutation } from '@/graphql/tax.graphql';
import { percentOf, taxRateInput } from '@/lib/tax-rate-form';

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
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [setTaxRate, saving] = useMutation(SetTaxRateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = taxRateInput(form);
    if (!checked.ok) {
      setFieldErrors(checked.problems);
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await setTaxRate({ variables: { input: checked.input } });
      const userErrors = data?.setTaxRate.userErrors ?? [];
      if (userErrors.length > 0) {
        const byField = userErrorsByField(userErrors);
        setFieldErrors(byField.rate || byField.country || byField.region ? byField : {});
        if (!byField.rate && !byField.country && !byField.region) setProblem(userErrorText(userErrors));
        return;
      }
      const { country, region } = checked.input;
      onSaved(region ? `${country}-${region}` : country);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{editing ? 'Edit tax rate' : 'New tax rate'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && <Alert severity="error">{problem}</Alert>}
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
              helperText={
                fieldErrors.region ?? 'State or province code (e.g. CA); empty for the whole country.'
              }
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving.loading}>
            {saving.loading ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
