'use client';

import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  PERIOD_PRESETS,
  presetPeriod,
  type PeriodChoice,
  type PeriodPreset,
  type SalesInterval,
} from '@/lib/sales-period';

const INTERVALS: { value: SalesInterval; label: string }[] = [
  { value: 'DAY', label: 'Per day' },
  { value: 'WEEK', label: 'Per week' },
  { value: 'MONTH', label: 'Per month' },
];

/** A preset period, or first and last day picked by hand, and how the charts cut it. */
export function PeriodPicker({
  choice,
  error,
  onChange,
}: {
  choice: PeriodChoice;
  error: string | null;
  onChange: (choice: PeriodChoice) => void;
}) {
  const preset =
    PERIOD_PRESETS.find(({ preset }) => {
      const period = presetPeriod(preset);
      return period.from === choice.from && period.to === choice.to;
    })?.preset ?? 'CUSTOM';
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 3, flexWrap: 'wrap', rowGap: 2 }}>
      <TextField
        select
        size="small"
        label="Period"
        value={preset}
        onChange={(event) => {
          if (event.target.value !== 'CUSTOM') onChange(presetPeriod(event.target.value as PeriodPreset));
        }}
        sx={{ minWidth: 180 }}
      >
        {PERIOD_PRESETS.map((option) => (
          <MenuItem key={option.preset} value={option.preset}>
            {option.label}
          </MenuItem>
        ))}
        <MenuItem value="CUSTOM" disabled>
          Custom dates
        </MenuItem>
      </TextField>
      <TextField
        size="small"
        type="date"
        label="From"
        value={choice.from}
        onChange={(event) => onChange({ ...choice, from: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        error={Boolean(error)}
        helperText={error ?? undefined}
      />
      <TextField
        size="small"
        type="date"
        label="To"
        value={choice.to}
        onChange={(event) => onChange({ ...choice, to: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        error={Boolean(error)}
      />
      <TextField
        select
        size="small"
        label="Interval"
        value={choice.interval}
        onChange={(event) => onChange({ ...choice, interval: event.target.value as SalesInterval })}
        sx={{ minWidth: 140 }}
      >
        {INTERVALS.map((option) => (
          <MenuItem key={option.value} value={option.value}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
