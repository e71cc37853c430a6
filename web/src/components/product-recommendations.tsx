import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ProductCardFieldsFragment } from '@/__generated__/graphql';
import { ProductCard } from './product-card';

/** A row of product cards under a heading; nothing when there is nothing to show. */
export function ProductRow({
  title,
  products,
  label,
}: {
  title: string;
  products: ProductCardFieldsFragment[];
  label: string;
}) {
  if (products.length === 0) return null;
  return (
    <Box component="section" aria-label={label} sx={{ mt: 6 }}>
      <Typography variant="h5" component="h2" sx={{ fontWeight: 700, mb: 2 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' },
        }}
      >
        {products.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </Box>
    </Box>
  );
}

/** "Customers also bought" on the product page. */
export function ProductRecommendations({ products }: { products: ProductCardFieldsFragment[] }) {
  return <ProductRow title="Customers also bought" label="Customers also bought" products={products} />;
}
