'use client';

import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Chip from '@mui/material/Chip';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type {
  CategoryBySlugQuery as CategoryResult,
  StorefrontProductsQuery as ProductsResult,
} from '@/__generated__/graphql';
import { CategoryBySlugQuery } from '@/graphql/catalog.graphql';
import { useSeedCache } from '@/lib/seed-cache';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { ProductGrid } from './product-grid';

export function CategoryView({
  slug,
  initial,
  firstPage,
}: {
  slug: string;
  initial?: CategoryResult;
  firstPage?: ProductsResult;
}) {
  useSeedCache(CategoryBySlugQuery, initial && { variables: { slug }, data: initial });
  const { data, error, loading, refetch } = useQuery(CategoryBySlugQuery, { variables: { slug } });

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading category…" />;
  const category = data?.category;
  if (!category) {
    return (
      <>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          Category not found
        </Typography>
        <MuiLink component={Link} href="/">
          Back to the shop
        </MuiLink>
      </>
    );
  }

  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <MuiLink component={Link} href="/" color="inherit">
          Shop
        </MuiLink>
        {category.parent && (
          <MuiLink component={Link} href={`/categories/${category.parent.slug}`} color="inherit">
            {category.parent.name}
          </MuiLink>
        )}
        <Typography color="text.primary">{category.name}</Typography>
      </Breadcrumbs>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        {category.name}
      </Typography>
      {category.description && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {category.description}
        </Typography>
      )}
      {category.children.length > 0 && (
        <Stack direction="row" aria-label="Subcategories" sx={{ flexWrap: 'wrap', gap: 1, mt: 2 }}>
          {category.children.map((child) => (
            <Chip
              key={child.id}
              component={Link}
              href={`/categories/${child.slug}`}
              label={child.name}
              clickable
            />
          ))}
        </Stack>
      )}
      <Box sx={{ mt: 3 }}>
        <ProductGrid categoryId={category.id} {...(firstPage ? { firstPage } : {})} />
      </Box>
    </>
  );
}
