'use client';

import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { parentOptions } from '@/lib/category-tree';
import { useCategoryRecords } from '@/lib/use-categories';

/** Several categories by their path ("Kitchen / Mugs"); the value is their ids. */
export function CategoryPicker({
  label,
  value,
  onChange,
  helperText,
}: {
  label: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  helperText?: string;
}) {
  const { records, loading } = useCategoryRecords();
  const options = useMemo(() => (records ? parentOptions(records) : []), [records]);
  const labels = useMemo(() => new Map(options.map((option) => [option.id, option.label])), [options]);
  return (
    <Autocomplete
      multiple
      size="small"
      loading={loading}
      options={options.map((option) => option.id)}
      value={[...value]}
      onChange={(_, ids) => onChange(ids)}
      getOptionLabel={(id) => labels.get(id) ?? id}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}
