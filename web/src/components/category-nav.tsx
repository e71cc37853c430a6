'use client';

import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { StorefrontCategoriesQuery as CategoriesResult } from '@/__generated__/graphql';
import { StorefrontCategoriesQuery } from '@/graphql/catalog.graphql';
import { useSeedCache } from '@/lib/seed-cache';
import { ErrorNotice } from '@msa/web-kit/query-state';

/** The top-level categories and their subcategories as links, for the shop's home page. */
export function CategoryNav({ initial }: { initial?: CategoriesResult }) {
  useSeedCache(StorefrontCategoriesQuery, initial && { variables: {}, data: initial });
  const { data, error, loading, refetch } = useQuery(StorefrontCategoriesQuery);
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Stack direction="row" sx={{ minHeight: 32, mb: 3 }} aria-busy="true" />;

  const categories = data?.categories ?? [];
  if (categories.length === 0) return null;
  return (
    <Stack component="nav" aria-label="Categories" direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 3 }}>
      {categories.flatMap((category) => [
        <Chip
          key={category.id}
          component={Link}
          href={`/categories/${category.slug}`}
          label={category.name}
          clickable
          color="primary"
        />,
        ...category.children.map((child) => (
          <Chip
            key={child.id}
            component={Link}
            href={`/categories/${child.slug}`}
            label={child.name}
            clickable
            variant="outlined"
          />
        )),
      ])}
    </Stack>
  );
}
