'use client';

import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** The choice of a filter select that filters nothing. */
export const ALL = 'ALL';

/**
 * A small select above a table that narrows it: `allLabel` (no filter) first, then `options`. `onChange` gets
 * the chosen value, or `ALL`.
 */
export function FilterSelect<V extends string>({
  label,
  value,
  allLabel,
  options,
  onChange,
  minWidth = 160,
}: {
  label: string;
  value: V | typeof ALL;
  /** The first entry, e.g. "All statuses". */
  allLabel: string;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | typeof ALL) => void;
  minWidth?: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V | typeof ALL)}
      sx={{ minWidth }}
    >
      <MenuItem value={ALL}>{allLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
