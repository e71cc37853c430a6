'use client';

import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ProductSort, StorefrontProductsQuery as ProductsResult } from '@/__generated__/graphql';
import { StorefrontProductsQuery } from '@/graphql/catalog.graphql';
import { productGridVariables } from '@/lib/catalog-variables';
import { useSeedCache } from '@/lib/seed-cache';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { LoadMore } from './load-more';
import { ProductCard } from './product-card';

const SORTS: { value: ProductSort; label: string }[] = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'NAME_ASC', label: 'Name' },
  { value: 'PRICE_ASC', label: 'Price: low to high' },
  { value: 'PRICE_DESC', label: 'Price: high to low' },
];

/**
 * Products of the shop (or of one category with its subcategories), a page at a time. `firstPage` is the
 * newest-first page the server rendered; searching is the search page's job (the header's search box).
 */
export function ProductGrid({ categoryId, firstPage }: { categoryId?: string; firstPage?: ProductsResult }) {
  const [sort, setSort] = useState<ProductSort>('NEWEST');
  useSeedCache(
    StorefrontProductsQuery,
    firstPage && { variables: productGridVariables(categoryId), data: firstPage },
  );

  const { data, error, loading, refetch, fetchMore } = useQuery(StorefrontProductsQuery, {
    variables: productGridVariables(categoryId, sort),
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.products;

  return (
    <section aria-label="Products">
      <Stack direction="row" sx={{ mb: 3, justifyContent: 'flex-end' }}>
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
          No products here yet.
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
