'use client';

import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { PromotionProductNameQuery, PromotionProductOptionsQuery } from '@/graphql/promotions.graphql';

/** Several products, found by typing part of a name or a SKU; the value is their ids. */
export function ProductPicker({
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
  const client = useApolloClient();
  const [search, setSearch] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const options = useQuery(PromotionProductOptionsQuery, {
    variables: { search: search.trim() || null },
  });
  const found = options.data?.products.nodes;

  useEffect(() => {
    if (!found) return;
    setNames((known) => ({ ...known, ...Object.fromEntries(found.map((p) => [p.id, p.name])) }));
  }, [found]);

  // Products chosen earlier (a saved promotion) are named once they have been looked up.
  useEffect(() => {
    const unknown = value.filter((id) => !(id in names));
    if (unknown.length === 0) return;
    let live = true;
    void Promise.all(
      unknown.map(async (id) => {
        const { data } = await client.query({ query: PromotionProductNameQuery, variables: { id } });
        return [id, data?.product?.name ?? `Unknown product (${id})`] as const;
      }),
    )
      .then((entries) => {
        if (live) setNames((known) => ({ ...known, ...Object.fromEntries(entries) }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, value, names]);

  return (
    <Autocomplete
      multiple
      size="small"
      loading={options.loading}
      options={(found ?? []).map((product) => product.id)}
      filterOptions={(ids) => ids}
      value={[...value]}
      onChange={(_, ids) => onChange(ids)}
      onInputChange={(_, text, reason) => {
        if (reason === 'input' || reason === 'clear') setSearch(text);
      }}
      getOptionLabel={(id) => names[id] ?? id}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}
