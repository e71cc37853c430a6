import Typography from '@mui/material/Typography';
import type { Metadata } from 'next';
import { serverQuery } from '@msa/web-kit/server-graphql';
import { CategoryNav } from '@/components/category-nav';
import { ProductGrid } from '@/components/product-grid';
import { RecommendedForYou } from '@/components/recommended-for-you';
import { StorefrontCategoriesQuery, StorefrontProductsQuery } from '@/graphql/catalog.graphql';
import { productGridVariables } from '@/lib/catalog-variables';

export const metadata: Metadata = {
  title: { absolute: 'MSA Shop — audio, apparel, home and more' },
  description: 'Browse the MSA Shop catalog: new arrivals, every category, prices and stock at a glance.',
};

export default async function HomePage() {
  const [categories, firstPage] = await Promise.all([
    serverQuery(StorefrontCategoriesQuery, {}),
    serverQuery(StorefrontProductsQuery, productGridVariables(undefined)),
  ]);
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2, fontWeight: 700 }}>
        Shop
      </Typography>
      <CategoryNav initial={categories} />
      <RecommendedForYou />
      <ProductGrid firstPage={firstPage} />
    </>
  );
}
