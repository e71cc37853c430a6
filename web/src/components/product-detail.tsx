'use client';

import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import type { ProductBySlugQuery, ProductCardFieldsFragment } from '@/__generated__/graphql';
import { useRecordProductView } from '@/lib/use-record-product-view';
import { ImageGallery } from './image-gallery';
import { ProductPurchase } from './product-purchase';
import { ProductRecommendations } from './product-recommendations';
import { RatingSummary } from './rating-summary';
import { ReviewsSection } from './reviews-section';

export type ProductDetailData = NonNullable<ProductBySlugQuery['product']>;

/** The product page: gallery, purchase, description, ratings and reviews, and what others bought with it. */
export function ProductDetail({
  product,
  recommendations,
}: {
  product: ProductDetailData;
  recommendations: ProductCardFieldsFragment[];
}) {
  useRecordProductView(product.id);

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
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 1 }}>
            {product.name}
          </Typography>
          <RatingSummary rating={product.rating} compact />
          {/* Keyed by product so the chosen variant and quantity start over on another product. */}
          <ProductPurchase key={product.id} variants={product.variants} />
          {product.description && (
            <Typography sx={{ mt: 4, whiteSpace: 'pre-line' }} color="text.secondary">
              {product.description}
            </Typography>
          )}
        </Box>
      </Box>
      <ReviewsSection key={`reviews-${product.id}`} product={product} />
      <ProductRecommendations products={recommendations} />
    </>
  );
}
