import type { Identity } from '@msa/auth';
import { inTransaction, type ReviewsDb } from '../data/database';
import { addHelpfulVote } from '../data/helpful-vote.repo';
import { findReviewById, incrementHelpfulCount } from '../data/review.repo';
import { ReviewErrorCode } from '../domain/review-error-codes';
import { failed, reviewNotFound, succeeded, type ReviewOutcome } from './review-outcome';

/**
 * One helpful vote per person and published review. Voting again is not an error and changes nothing, so a
 * double click or a retried request cannot count twice; the vote row's primary key decides, even at once.
 */
export async function markReviewHelpful(db: ReviewsDb, voter: Identity, id: string): Promise<ReviewOutcome> {
  return inTransaction(db, async (tx) => {
    const review = await findReviewById(tx, id);
    if (!review || review.status !== 'PUBLISHED') return failed(reviewNotFound(id));
    if (review.authorId === voter.userId) {
      return failed({
        code: ReviewErrorCode.OWN_REVIEW,
        message: 'You cannot mark your own review helpful',
        field: ['id'],
      });
    }
    if (!(await addHelpfulVote(tx, id, voter.userId))) return succeeded(review);
    await incrementHelpfulCount(tx, id);
    return succeeded((await findReviewById(tx, id))!);
  });
}
