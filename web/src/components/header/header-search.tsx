'use client';

import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { SuggestQuery as SuggestResult } from '@/__generated__/graphql';
import { SuggestQuery } from '@/graphql/search.graphql';
import { EMPTY_SEARCH, parseSearchState, searchHref } from '@/lib/search/search-state';
import { suggestionHref } from '@/lib/search/suggestion-href';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type Suggestion = SuggestResult['suggest'][number];

/** The header's search box: suggestions while typing (`suggest`), Enter searches for the words. */
export function HeaderSearch() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlQuery = pathname === '/search' ? parseSearchState(searchParams).query : '';
  const [text, setText] = useState(urlQuery);
  const prefix = useDebouncedValue(text.trim(), 150);

  // Follow the URL: a new search (or leaving the search page) shows its own words.
  useEffect(() => setText(urlQuery), [urlQuery]);

  const { data } = useQuery(SuggestQuery, {
    variables: { prefix, first: 8 },
    skip: prefix.length < 2,
  });
  const options: Suggestion[] = prefix.length >= 2 ? (data?.suggest ?? []) : [];

  const search = (words: string) => {
    const query = words.trim();
    if (query) router.push(searchHref({ ...EMPTY_SEARCH, query }));
  };

  return (
    <Autocomplete<Suggestion, false, false, true>
      freeSolo
      options={options}
      filterOptions={(all) => all}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.text)}
      getOptionKey={(option) => (typeof option === 'string' ? option : `${option.kind}:${option.text}`)}
      groupBy={(option) => (option.kind === 'CATEGORY' ? 'Categories' : 'Products')}
      inputValue={text}
      onInputChange={(_, value, reason) => {
        if (reason !== 'reset') setText(value);
      }}
      value={null}
      onChange={(_, value) => {
        if (value === null) return;
        if (typeof value === 'string') search(value);
        else {
          setText(value.kind === 'PRODUCT' ? '' : value.text);
          router.push(suggestionHref(value));
        }
      }}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {option.text}
          </Typography>
        </li>
      )}
      sx={{ flexGrow: 1, maxWidth: { md: 560 } }}
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder="Search products"
          size="small"
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-label': 'Search products',
              enterKeyHint: 'search',
            },
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{ bgcolor: 'background.paper', borderRadius: 1 }}
        />
      )}
    />
  );
}
