'use client';

import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { ProductBySlugQuery } from '@/graphql/catalog.graphql';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { ImageGallery } from './image-gallery';
import { ProductPurchase } from './product-purchase';

export function ProductDetail({ slug }: { slug: string }) {
  const { data, error, loading, refetch } = useQuery(ProductBySlugQuery, { variables: { slug } });

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading product…" />;
  const product = data?.product;
  if (!product) {
    return (
      <>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          This product is not available
        </Typography>
        <MuiLink component={Link} href="/">
          Back to the shop
        </MuiLink>
      </>
    );
  }

  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <MuiLink component={Link} href="/" color="inherit">
          Shop
        </MuiLink>
        {product.category && (
          <MuiLink component={Link} href={`/categories/${product.category.slug}`} color="inherit">
            {product.category.name}
          </MuiLink>
        )}
        <Typography color="text.primary">{product.name}</Typography>
      </Breadcrumbs>
      <Box sx={{ display: 'grid', gap: 4, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <ImageGallery images={product.images} name={product.name} />
        <Box>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 2 }}>
            {product.name}
          </Typography>
          {/* Keyed by product so the chosen variant and quantity start over on another product. */}
          <ProductPurchase key={product.id} variants={product.variants} />
          {product.description && (
            <Typography sx={{ mt: 4, whiteSpace: 'pre-line' }} color="text.secondary">
              {product.description}
            </Typography>
          )}
        </Box>
      </Box>
    </>
  );
}
