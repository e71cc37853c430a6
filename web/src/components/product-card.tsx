import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import type { ProductCardFieldsFragment } from '@/__generated__/graphql';

function priceText(priceRange: ProductCardFieldsFragment['priceRange']): string {
  if (!priceRange) return 'Not available';
  const { min, max } = priceRange;
  return min.amount === max.amount ? min.formatted : `From ${min.formatted}`;
}

export function ProductCard({ product }: { product: ProductCardFieldsFragment }) {
  const image = product.images[0];
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={Link} href={`/products/${product.slug}`} sx={{ height: '100%' }}>
        <Box sx={{ aspectRatio: '1 / 1', bgcolor: 'grey.100', display: 'grid', placeItems: 'center' }}>
          {image ? (
            // Images come from the API's media host; a plain img needs no per-host build configuration.
            <img
              src={image.url}
              alt={image.alt || product.name}
              loading="lazy"
              style={{ width: '100%', height: '100%', objectFit: 'cover' }}
            />
          ) : (
            <Typography color="text.secondary" variant="body2">
              No image
            </Typography>
          )}
        </Box>
        <CardContent>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} noWrap>
            {product.name}
          </Typography>
          <Typography color="text.secondary">{priceText(product.priceRange)}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
