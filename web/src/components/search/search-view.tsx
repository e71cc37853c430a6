'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import type {
  SearchHitFieldsFragment,
  SearchProductsQuery as SearchResultData,
} from '@/__generated__/graphql';
import { RecordSearchClickMutation, SearchProductsQuery } from '@/graphql/search.graphql';
import { PRODUCT_PAGE_SIZE } from '@/lib/config';
import { resultCountLabel } from '@/lib/search/facet-labels';
import {
  SEARCH_SORTS,
  SEARCH_SORT_LABELS,
  searchHref,
  searchVariables,
  type SearchSortValue,
  type SearchState,
} from '@/lib/search/search-state';
import { ProductCard } from '../product-card';
import { SearchFacets } from './search-facets';

type SearchResult = SearchResultData['search'];

/**
 * The search page: results of the words and filters in the URL, rendered on the server; facets and sort
 * change the URL, "Load more" fetches further pages in the browser, and opening a result is recorded.
 */
export function SearchView({ state, result }: { state: SearchState; result: SearchResult }) {
  const router = useRouter();
  const client = useApolloClient();
  const [navigating, startNavigation] = useTransition();
  const [recordClick] = useMutation(RecordSearchClickMutation);
  // Pages loaded in the browser belong to one search; new words or filters (a new searchId) start over.
  const [loaded, setLoaded] = useState<{
    searchId: string;
    products: SearchHitFieldsFragment[];
    pageInfo: SearchResult['hits']['pageInfo'];
  } | null>(null);
  const extra =
    loaded?.searchId === result.searchId ? loaded : { products: [], pageInfo: result.hits.pageInfo };
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const go = (next: SearchState) => startNavigation(() => router.push(searchHref(next), { scroll: false }));
  const products = [...result.hits.nodes, ...extra.products];

  const loadMore = async () => {
    if (!extra.pageInfo.endCursor) return;
    setLoadingMore(true);
    setLoadError(null);
    try {
      const { data } = await client.query({
        query: SearchProductsQuery,
        variables: { ...searchVariables(state, PRODUCT_PAGE_SIZE), after: extra.pageInfo.endCursor },
        fetchPolicy: 'no-cache',
      });
      const hits = data?.search.hits;
      if (hits)
        setLoaded({
          searchId: result.searchId,
          products: [...extra.products, ...hits.nodes],
          pageInfo: hits.pageInfo,
        });
    } catch (error) {
      setLoadError(describeApiError(error));
    } finally {
      setLoadingMore(false);
    }
  };

  const opened = (productId: string) => {
    // Analytics only: the shopper is on their way to the product whether it is recorded or not.
    recordClick({ variables: { searchId: result.searchId, productId } }).catch(() => undefined);
  };

  const shownQuery = result.correctedQuery ?? state.query;

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 1, overflowWrap: 'anywhere' }}>
        {state.query ? `Search: ${state.query}` : 'All products'}
      </Typography>
      {result.correctedQuery && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Showing results for <strong>{result.correctedQuery}</strong>
          {state.query ? ` (you searched for “${state.query}”)` : ''}
        </Alert>
      )}
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2, flexWrap: 'wrap' }}
      >
        <Typography color="text.secondary" role="status">
          {resultCountLabel(result.totalCount)}
          {shownQuery ? ` for “${shownQuery}”` : ''}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            variant="outlined"
            sx={{ display: { md: 'none' } }}
            onClick={() => setFiltersOpen((open) => !open)}
            aria-expanded={filtersOpen}
          >
            {filtersOpen ? 'Hide filters' : 'Filters'}
          </Button>
          <TextField
            select
            size="small"
            label="Sort by"
            value={state.sort}
            onChange={(event) => go({ ...state, sort: event.target.value as SearchSortValue })}
            sx={{ minWidth: 180 }}
          >
            {SEARCH_SORTS.map((sort) => (
              <MenuItem key={sort} value={sort}>
                {SEARCH_SORT_LABELS[sort]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </Stack>
      <Box sx={{ height: 4, mb: 1 }}>{navigating && <LinearProgress aria-label="Updating results" />}</Box>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', md: '240px 1fr' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: { xs: filtersOpen ? 'block' : 'none', md: 'block' } }}>
          <SearchFacets facets={result.facets} state={state} onChange={go} />
        </Box>
        <Box sx={{ opacity: navigating ? 0.6 : 1, transition: 'opacity 120ms' }}>
          {products.length === 0 ? (
            <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>
              Nothing matches{state.query ? ` “${state.query}”` : ''}. Try other words or fewer filters.
            </Typography>
          ) : (
            <Box
              component="ul"
              aria-label="Search results"
              sx={{
                listStyle: 'none',
                p: 0,
                m: 0,
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)' },
              }}
            >
              {products.map((product) => (
                <li key={product.id}>
                  <ProductCard product={product} onOpen={() => opened(product.id)} />
                </li>
              ))}
            </Box>
          )}
          {loadError && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {loadError}
            </Alert>
          )}
          <Stack sx={{ alignItems: 'center', mt: 3 }} spacing={1}>
            {products.length > 0 && (
              <Typography variant="body2" color="text.secondary">
                Showing {products.length} of {result.totalCount}
              </Typography>
            )}
            {extra.pageInfo.hasNextPage && (
              <Button variant="outlined" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </Stack>
        </Box>
      </Box>
    </>
  );
}
