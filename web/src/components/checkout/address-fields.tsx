'use client';

import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { AddressDraft, AddressProblems } from '@/lib/address-form';

const FIELDS: { key: keyof AddressDraft; label: string; autoComplete: string; wide?: boolean }[] = [
  { key: 'name', label: 'Full name', autoComplete: 'name', wide: true },
  { key: 'line1', label: 'Street and number', autoComplete: 'address-line1', wide: true },
  { key: 'line2', label: 'Apartment, suite (optional)', autoComplete: 'address-line2', wide: true },
  { key: 'city', label: 'City', autoComplete: 'address-level2' },
  { key: 'region', label: 'State or region (optional)', autoComplete: 'address-level1' },
  { key: 'postalCode', label: 'Postal code', autoComplete: 'postal-code' },
  { key: 'country', label: 'Country code', autoComplete: 'country' },
  { key: 'phone', label: 'Phone (optional)', autoComplete: 'tel', wide: true },
];

/** The fields of a new shipping address, with the problem of each beside it. */
export function AddressFields({
  draft,
  problems,
  onChange,
}: {
  draft: AddressDraft;
  problems: AddressProblems;
  onChange: (draft: AddressDraft) => void;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          value={draft[field.key]}
          onChange={(event) => onChange({ ...draft, [field.key]: event.target.value })}
          error={Boolean(problems[field.key])}
          helperText={problems[field.key]}
          autoComplete={`shipping ${field.autoComplete}`}
          size="small"
          sx={field.wide ? { gridColumn: { sm: '1 / -1' } } : undefined}
        />
      ))}
    </Box>
  );
}
