'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { ReviewFieldsFragment } from '@/__generated__/graphql';
import { CreateReviewMutation, MyReviewQuery } from '@/graphql/reviews.graphql';
import type { ProductDetailData } from './product-detail';
import { VerifiedBadge } from './review-card';

/** The shopper's own review and its moderation state. */
function OwnReview({ review }: { review: ReviewFieldsFragment }) {
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="Your review">
      <Typography sx={{ fontWeight: 600, mb: 1 }}>Your review</Typography>
      <Rating value={review.rating} readOnly size="small" />
      {review.title && <Typography sx={{ fontWeight: 600 }}>{review.title}</Typography>}
      {review.verifiedPurchase && (
        <Box sx={{ my: 1 }}>
          <VerifiedBadge />
        </Box>
      )}
      {review.status === 'PENDING' && (
        <Alert severity="info" sx={{ mt: 1 }}>
          Thanks! Your review awaits moderation and will appear once it is approved.
        </Alert>
      )}
      {review.status === 'PUBLISHED' && (
        <Alert severity="success" sx={{ mt: 1 }}>
          Your review is published.
        </Alert>
      )}
      {review.status === 'REJECTED' && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          Your review was not published.
        </Alert>
      )}
    </Paper>
  );
}

/** Write a review: signed-in shoppers without one see the form, others a way to sign in. */
export function WriteReview({
  product,
  onPublished,
}: {
  product: ProductDetailData;
  onPublished: () => void;
}) {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const { data, loading } = useQuery(MyReviewQuery, { variables: { slug: product.slug }, skip: !signedIn });
  const [createReview, { loading: saving }] = useMutation(CreateReviewMutation);
  const [rating, setRating] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [written, setWritten] = useState<ReviewFieldsFragment | null>(null);

  if (session.status === 'signed-out') {
    return (
      <Button
        component={Link}
        href={`/sign-in?next=${encodeURIComponent(`/products/${product.slug}`)}`}
        variant="outlined"
      >
        Sign in to write a review
      </Button>
    );
  }
  if (!signedIn || loading) return null;
  const own = written ?? data?.product?.myReview;
  if (own) return <OwnReview review={own} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setProblem('Choose a star rating.');
      return;
    }
    setProblem(null);
    try {
      const result = await createReview({
        variables: {
          productId: product.id,
          input: {
            rating,
            ...(title.trim() ? { title: title.trim() } : {}),
            ...(body.trim() ? { body: body.trim() } : {}),
          },
        },
      });
      const payload = result.data?.createReview;
      const errors = userErrorsMessage(payload?.userErrors);
      if (errors) setProblem(errors);
      else if (payload?.review) {
        setWritten(payload.review);
        if (payload.review.status === 'PUBLISHED') onPublished();
      }
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" onSubmit={submit} aria-label="Write a review">
      <Typography sx={{ fontWeight: 600, mb: 1 }}>Write a review</Typography>
      <Stack spacing={2}>
        <Box>
          <Typography component="legend" variant="body2" color="text.secondary">
            Your rating
          </Typography>
          <Rating name="review-rating" value={rating} onChange={(_, value) => setRating(value)} />
        </Box>
        <TextField
          label="Title"
          size="small"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <TextField
          label="Your review"
          multiline
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 5000 } }}
        />
        {problem && <Alert severity="warning">{problem}</Alert>}
        <Button type="submit" variant="contained" disabled={saving}>
          {saving ? 'Sending…' : 'Submit review'}
        </Button>
      </Stack>
    </Paper>
  );
}
