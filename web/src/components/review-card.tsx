'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { ReviewFieldsFragment } from '@/__generated__/graphql';
import { MarkReviewHelpfulMutation } from '@/graphql/reviews.graphql';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** The verified-purchase mark: the author has a confirmed order with this product. */
export function VerifiedBadge() {
  return <Chip label="Verified purchase" color="success" size="small" variant="outlined" />;
}

/** One published review with its "helpful" vote. */
export function ReviewCard({ review }: { review: ReviewFieldsFragment }) {
  const session = useSession();
  const [markHelpful, { loading }] = useMutation(MarkReviewHelpfulMutation);
  const [voted, setVoted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ownReview = session.status === 'signed-in' && session.user.id === review.author.id;

  const vote = async () => {
    setProblem(null);
    try {
      const { data } = await markHelpful({ variables: { id: review.id } });
      const errors = userErrorsMessage(data?.markReviewHelpful.userErrors);
      if (errors) setProblem(errors);
      else setVoted(true);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <Box component="article" aria-label={`Review by ${review.author.name}`} sx={{ py: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Rating value={review.rating} readOnly size="small" aria-label={`${review.rating} out of 5 stars`} />
        {review.title && (
          <Typography component="h3" sx={{ fontWeight: 600 }}>
            {review.title}
          </Typography>
        )}
      </Stack>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, my: 0.5 }}
      >
        <Typography variant="body2" color="text.secondary">
          {review.author.name} · {dateFormat.format(new Date(review.createdAt))}
        </Typography>
        {review.verifiedPurchase && <VerifiedBadge />}
      </Stack>
      {review.body && (
        <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{review.body}</Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {review.helpfulCount === 1
            ? '1 person found this helpful'
            : `${review.helpfulCount} people found this helpful`}
        </Typography>
        {session.status === 'signed-in' && !ownReview && (
          <Button size="small" variant="outlined" onClick={() => void vote()} disabled={loading || voted}>
            {voted ? 'Thanks for your vote' : 'Helpful'}
          </Button>
        )}
      </Stack>
      {problem && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Box>
  );
}
