'use client';

import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { ModeratedReviewFieldsFragment, ReviewStatus } from '@/__generated__/graphql';
import { ModerateReviewMutation, ModerationQueueQuery } from '@/graphql/reviews.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import { reviewReasonLabel } from '@/lib/review-reasons';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ActionNotice } from './action-notice';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';
import { ReviewDecisionDialog, type ReviewDecision } from './review-decision-dialog';

const STATUS_TABS: { status: ReviewStatus; label: string; empty: string }[] = [
  { status: 'PENDING', label: 'Held', empty: 'No reviews are waiting: the queue is empty.' },
  { status: 'PUBLISHED', label: 'Published', empty: 'No published reviews.' },
  { status: 'REJECTED', label: 'Rejected', empty: 'No rejected reviews.' },
];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating));
}

function reviewLabel(review: ModeratedReviewFieldsFragment): string {
  return review.title ?? `${review.rating}-star review of ${review.product.name}`;
}

/** The moderation queue: held reviews with the reasons they were held, published and rejected ones. */
export function ReviewModeration() {
  const [status, setStatus] = useState<ReviewStatus>(STATUS_TABS[0]!.status);
  const paging = useCursorPages(status);
  const notices = useActionNotice();
  const [pending, setPending] = useState<{
    review: ModeratedReviewFieldsFragment;
    decision: ReviewDecision;
  } | null>(null);
  const query = useQuery(ModerationQueueQuery, {
    variables: { status, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const [moderate] = useMutation(ModerateReviewMutation);
  const session = useSession();
  const mayModerate = session.status === 'signed-in' && mayPerform(session.user.role, 'moderateReviews');
  const tab = STATUS_TABS.find((entry) => entry.status === status)!;

  const decide = (review: ModeratedReviewFieldsFragment, decision: ReviewDecision, note: string | null) =>
    notices.confirmed(
      async () =>
        (await moderate({ variables: { id: review.id, decision, note } })).data?.moderateReview.userErrors,
      {
        success: `“${reviewLabel(review)}” was ${decision === 'APPROVE' ? 'published' : 'rejected'}.`,
        onDone: () => query.refetch(),
      },
    );

  return (
    <>
      <PageHeader title="Reviews" />
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Tabs
        value={status}
        onChange={(_, value: ReviewStatus) => setStatus(value)}
        sx={{ mb: 2 }}
        aria-label="Review status"
      >
        {STATUS_TABS.map((entry) => (
          <Tab key={entry.status} value={entry.status} label={entry.label} />
        ))}
      </Tabs>
      <ConnectionTable
        connection={query.data?.reviewsForModeration}
        query={query}
        paging={paging}
        loadingLabel="Loading reviews…"
        emptyText={tab.empty}
        columns={[
          { label: 'Review' },
          { label: 'Author' },
          { label: 'Held because' },
          { label: 'Written' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id} data-review-id={node.id}>
              <TableCell sx={{ maxWidth: 420 }}>
                <Link href={`/products/${node.product.id}`}>{node.product.name}</Link>
                <Typography variant="body2" aria-label={`${node.rating} of 5 stars`} color="warning.main">
                  {stars(node.rating)}
                </Typography>
                {node.title && (
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {node.title}
                  </Typography>
                )}
                {node.body && (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {node.body}
                  </Typography>
                )}
                {node.moderation?.note && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    Note: {node.moderation.note}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {node.author.name}
                <Typography variant="caption" color="text.secondary" component="div">
                  {node.author.email}
                  {node.verifiedPurchase ? ' · verified purchase' : ''}
                </Typography>
              </TableCell>
              <TableCell>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                  {(node.moderation?.reasons ?? []).map((reason) => (
                    <Chip key={reason} size="small" color="warning" label={reviewReasonLabel(reason)} />
                  ))}
                  {(node.moderation?.reasons.length ?? 0) === 0 && (
                    <Typography variant="body2" color="text.secondary">
                      —
                    </Typography>
                  )}
                </Stack>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dateFormat.format(new Date(node.createdAt))}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {mayModerate && node.status !== 'PUBLISHED' && (
                  <Button size="small" onClick={() => setPending({ review: node, decision: 'APPROVE' })}>
                    Approve
                  </Button>
                )}
                {mayModerate && node.status !== 'REJECTED' && (
                  <Button
                    size="small"
                    color="error"
                    onClick={() => setPending({ review: node, decision: 'REJECT' })}
                  >
                    Reject
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))
        }
      />
      {pending && (
        <ReviewDecisionDialog
          decision={pending.decision}
          reviewLabel={reviewLabel(pending.review)}
          onConfirm={(note) => decide(pending.review, pending.decision, note)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
