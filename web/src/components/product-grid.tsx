'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ProductSort } from '@/__generated__/graphql';
import { StorefrontProductsQuery } from '@/graphql/catalog.graphql';
import { PRODUCT_PAGE_SIZE } from '@/lib/config';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { LoadMore } from './load-more';
import { ProductCard } from './product-card';

const SORTS: { value: ProductSort; label: string }[] = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'NAME_ASC', label: 'Name' },
  { value: 'PRICE_ASC', label: 'Price: low to high' },
  { value: 'PRICE_DESC', label: 'Price: high to low' },
];

/** Products of the shop (or of one category with its subcategories), a page at a time. */
export function ProductGrid({ categoryId }: { categoryId?: string }) {
  const [sort, setSort] = useState<ProductSort>('NEWEST');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');

  const { data, error, loading, refetch, fetchMore } = useQuery(StorefrontProductsQuery, {
    variables: {
      first: PRODUCT_PAGE_SIZE,
      sort,
      filter: { ...(categoryId ? { categoryId } : {}), ...(search ? { search } : {}) },
    },
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.products;

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchText.trim());
  };

  return (
    <section aria-label="Products">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3 }}
        component="form"
        onSubmit={submitSearch}
      >
        <TextField
          label="Search products"
          size="small"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
        <TextField
          select
          size="small"
          label="Sort by"
          value={sort}
          onChange={(event) => setSort(event.target.value as ProductSort)}
          sx={{ minWidth: 200 }}
        >
          {SORTS.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </Stack>

      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading products…" />}
      {connection && connection.edges.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>
          {search ? `No products match “${search}”.` : 'No products here yet.'}
        </Typography>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)', lg: 'repeat(4, 1fr)' },
            }}
          >
            {connection.edges.map(({ node }) => (
              <ProductCard key={node.id} product={node} />
            ))}
          </Box>
          <Stack sx={{ alignItems: 'center', mt: 4 }} spacing={1}>
            <Typography variant="body2" color="text.secondary">
              Showing {connection.edges.length} of {connection.totalCount}
            </Typography>
            <LoadMore
              pageInfo={connection.pageInfo}
              fetchPage={(after) => fetchMore({ variables: { after } })}
            />
          </Stack>
        </>
      )}
    </section>
  );
}
