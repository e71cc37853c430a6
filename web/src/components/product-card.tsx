import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
/** What a card shows; ProductCardFields and the leaner SearchHitFields both provide it. */
export interface CardProduct {
  id: string;
  slug: string;
  name: string;
  images: { url: string; alt?: string | null }[];
  priceRange: {
    min: { amount: number; formatted: string };
    max: { amount: number; formatted: string };
  } | null;
}

function priceText(priceRange: CardProduct['priceRange']): string {
  if (!priceRange) return 'Not available';
  const { min, max } = priceRange;
  return min.amount === max.amount ? min.formatted : `From ${min.formatted}`;
}

export function ProductCard({
  product,
  onOpen,
}: {
  product: CardProduct;
  /** Called when the shopper opens the product (e.g. to record a search click). */
  onOpen?: () => void;
}) {
  const image = product.images[0];
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea
        component={Link}
        href={`/products/${product.slug}`}
        onClick={onOpen}
        sx={{ height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'stretch' }}
      >
        <Box
          sx={{
            aspectRatio: '1 / 1',
            width: '100%',
            bgcolor: 'grey.100',
            display: 'grid',
            placeItems: 'center',
          }}
        >
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
        <CardContent sx={{ flexGrow: 1, p: { xs: 1.5, sm: 2 } }}>
          <Typography
            variant="subtitle1"
            component="h3"
            title={product.name}
            sx={{
              fontWeight: 600,
              lineHeight: 1.3,
              // Two lines, then an ellipsis: long names stay readable on a phone's narrow cards.
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
              overflowWrap: 'anywhere',
              minHeight: '2.6em',
            }}
          >
            {product.name}
          </Typography>
          <Typography color="text.secondary">{priceText(product.priceRange)}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
