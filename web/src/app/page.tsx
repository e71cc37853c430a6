import Typography from '@mui/material/Typography';
import { CategoryNav } from '@/components/category-nav';
import { ProductGrid } from '@/components/product-grid';

export default function HomePage() {
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2, fontWeight: 700 }}>
        Shop
      </Typography>
      <CategoryNav />
      <ProductGrid />
    </>
  );
}
