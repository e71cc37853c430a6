import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProductBySlugQuery } from '@/__generated__/graphql';
import { averageLabel, ratingDistributionRows, reviewCountLabel } from '@/lib/reviews/rating-distribution';

type ProductRating = NonNullable<ProductBySlugQuery['product']>['rating'];

/**
 * The product's average and review count; with `compact` one line (under the name), otherwise with the
 * share of each star as bars.
 */
export function RatingSummary({ rating, compact = false }: { rating: ProductRating; compact?: boolean }) {
  // Null only while the reviews service is unavailable: the product is still shown.
  if (!rating)
    return (
      <Typography variant="body2" color="text.secondary" sx={compact ? { mb: 2 } : {}}>
        Ratings are unavailable right now.
      </Typography>
    );
  const average = averageLabel(rating.average);
  const headline = (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} aria-label="Rating summary">
      <Rating value={rating.average ?? 0} precision={0.1} readOnly size={compact ? 'small' : 'medium'} />
      <Typography variant="body2" color="text.secondary">
        {average ? `${average} · ${reviewCountLabel(rating.count)}` : 'No reviews yet'}
      </Typography>
    </Stack>
  );
  if (compact) return <Box sx={{ mb: 2 }}>{headline}</Box>;

  return (
    <Box sx={{ minWidth: 240 }}>
      {headline}
      <Stack spacing={0.5} sx={{ mt: 1.5 }} component="dl" aria-label="Rating distribution">
        {ratingDistributionRows(rating.distribution).map((row) => (
          <Stack key={row.rating} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography component="dt" variant="body2" sx={{ width: 52, flexShrink: 0 }}>
              {row.rating} {row.rating === 1 ? 'star' : 'stars'}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={row.percent}
              sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
              aria-hidden
            />
            <Typography
              component="dd"
              variant="body2"
              color="text.secondary"
              sx={{ width: 40, textAlign: 'right', m: 0 }}
            >
              {row.count}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}
