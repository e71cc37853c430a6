'use client';

import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import type { ReviewSort } from '@/__generated__/graphql';
import { ProductReviewsQuery } from '@/graphql/reviews.graphql';
import type { ProductDetailData } from './product-detail';
import { LoadMore } from './load-more';
import { RatingSummary } from './rating-summary';
import { ReviewCard } from './review-card';
import { WriteReview } from './write-review';

const REVIEW_PAGE_SIZE = 5;

const SORTS: { value: ReviewSort; label: string }[] = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'MOST_HELPFUL', label: 'Most helpful' },
  { value: 'RATING_HIGH', label: 'Highest rating' },
  { value: 'RATING_LOW', label: 'Lowest rating' },
];

/** Ratings, the published reviews (sorted, a page at a time) and the shopper's own review or its form. */
export function ReviewsSection({ product }: { product: ProductDetailData }) {
  const [sort, setSort] = useState<ReviewSort>('NEWEST');
  const { data, error, loading, refetch, fetchMore } = useQuery(ProductReviewsQuery, {
    variables: { slug: product.slug, first: REVIEW_PAGE_SIZE, sort },
  });
  const reviews = data?.product?.reviews;
  const rating = data?.product?.rating ?? product.rating;

  return (
    <Box component="section" aria-labelledby="reviews-heading" sx={{ mt: 6 }}>
      <Typography id="reviews-heading" variant="h5" component="h2" sx={{ fontWeight: 700, mb: 2 }}>
        Customer reviews
      </Typography>
      <Box sx={{ display: 'grid', gap: 4, gridTemplateColumns: { xs: '1fr', md: '320px 1fr' } }}>
        <Stack spacing={3}>
          <RatingSummary rating={rating} />
          <WriteReview product={product} onPublished={() => void refetch()} />
        </Stack>
        <Box>
          <Stack
            direction="row"
            sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 2 }}
          >
            <Typography color="text.secondary">{reviews ? `${reviews.totalCount} published` : ''}</Typography>
            <TextField
              select
              size="small"
              label="Sort reviews"
              value={sort}
              onChange={(event) => setSort(event.target.value as ReviewSort)}
              sx={{ minWidth: 180 }}
            >
              {SORTS.map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {error && !reviews && <ErrorNotice error={error} onRetry={() => void refetch()} />}
          {loading && !reviews && <Loading label="Loading reviews…" />}
          {reviews && reviews.edges.length === 0 && (
            <Typography color="text.secondary" sx={{ py: 3 }}>
              No reviews yet. Be the first to review this product.
            </Typography>
          )}
          {reviews && reviews.edges.length > 0 && (
            <>
              <Stack divider={<Divider flexItem />}>
                {reviews.edges.map(({ node }) => (
                  <ReviewCard key={node.id} review={node} />
                ))}
              </Stack>
              <Stack sx={{ alignItems: 'center', mt: 2 }}>
                <LoadMore
                  pageInfo={reviews.pageInfo}
                  fetchPage={(after) => fetchMore({ variables: { after } })}
                />
              </Stack>
            </>
          )}
        </Box>
      </Box>
    </Box>
  );
}
