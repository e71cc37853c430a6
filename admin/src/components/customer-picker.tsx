'use client';

import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AdminUserQuery, AdminUsersQuery } from '@/graphql/operations.graphql';

interface CustomerOption {
  id: string;
  name: string;
  email?: string | null;
}

const MIN_SEARCH = 2;

/** Picks one account by typing part of its name or email; the chosen id is what the orders filter keeps. */
export function CustomerPicker({
  customerId,
  onChange,
}: {
  customerId: string | null;
  onChange: (customerId: string | null) => void;
}) {
  const [input, setInput] = useState('');
  const search = input.trim();
  const found = useQuery(AdminUsersQuery, {
    variables: { first: 10, search },
    skip: search.length < MIN_SEARCH,
  });
  const chosen = useQuery(AdminUserQuery, { variables: { id: customerId ?? '' }, skip: !customerId });
  const value: CustomerOption | null = customerId
    ? (chosen.data?.user ?? { id: customerId, name: chosen.loading ? 'Loading…' : 'Unknown customer' })
    : null;
  const options: CustomerOption[] = found.data?.users.edges.map((edge) => edge.node) ?? [];

  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 240 }}
      options={options}
      value={value}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={(option) => (option.email ? `${option.name} (${option.email})` : option.name)}
      loading={found.loading}
      noOptionsText={search.length < MIN_SEARCH ? 'Type a name or email' : 'No matching customer'}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setInput(text);
      }}
      onChange={(_, option) => onChange(option?.id ?? null)}
      renderInput={(params) => <TextField {...params} label="Customer" />}
    />
  );
}
