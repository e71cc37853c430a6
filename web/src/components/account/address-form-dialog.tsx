'use client';

import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { AddressFieldsFragment } from '@/__generated__/graphql';
import { FormFeedback, type Feedback } from './form-feedback';

export interface AddressDraft {
  name: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
}

function draftOf(address: AddressFieldsFragment | null): AddressDraft {
  return {
    name: address?.name ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? 'US',
    phone: address?.phone ?? '',
    isDefault: address?.isDefault ?? false,
  };
}

const FIELDS: {
  key: Exclude<keyof AddressDraft, 'isDefault'>;
  label: string;
  required?: boolean;
  autoComplete: string;
}[] = [
  { key: 'name', label: 'Full name', required: true, autoComplete: 'name' },
  { key: 'line1', label: 'Address line 1', required: true, autoComplete: 'address-line1' },
  { key: 'line2', label: 'Address line 2', autoComplete: 'address-line2' },
  { key: 'city', label: 'City', required: true, autoComplete: 'address-level2' },
  { key: 'region', label: 'State / region', autoComplete: 'address-level1' },
  { key: 'postalCode', label: 'Postal code', required: true, autoComplete: 'postal-code' },
  { key: 'country', label: 'Country (2-letter code)', required: true, autoComplete: 'country' },
  { key: 'phone', label: 'Phone', autoComplete: 'tel' },
];

/**
 * Adds or edits an address in a dialog. `onSave` answers the refusal text (shown in the dialog) or null once
 * saved, which closes it.
 */
export function AddressFormDialog({
  address,
  open,
  onClose,
  onSave,
}: {
  address: AddressFieldsFragment | null;
  open: boolean;
  onClose: () => void;
  onSave: (draft: AddressDraft) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState<AddressDraft>(() => draftOf(address));
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFeedback(null);
    const problem = await onSave(draft);
    setSaving(false);
    if (problem) setFeedback({ severity: 'warning', text: problem });
    else onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} aria-label={address ? 'Edit address' : 'New address'}>
        <DialogTitle>{address ? 'Edit address' : 'New address'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {FIELDS.map((field) => (
              <TextField
                key={field.key}
                label={field.label}
                required={field.required ?? false}
                autoComplete={field.autoComplete}
                value={draft[field.key]}
                onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                size="small"
              />
            ))}
            {!address?.isDefault && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft.isDefault}
                    onChange={(event) => setDraft({ ...draft, isDefault: event.target.checked })}
                  />
                }
                label="Use as my default address"
              />
            )}
            <FormFeedback feedback={feedback} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {saving ? 'Saving…' : 'Save address'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
