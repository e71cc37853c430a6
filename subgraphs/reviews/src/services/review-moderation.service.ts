import type { Identity } from '@msa/auth';
import { inTransaction, type ReviewsDb } from '../data/database';
import { lockReview, recordModeration } from '../data/review.repo';
import { statusAfterDecision, type ModerationDecision } from '../domain/moderation';
import { validateModerationNote } from '../domain/review-input';
import { failed, reviewNotFound, succeeded, type ReviewOutcome } from './review-outcome';
import { applyReviewPublication } from './review-publication';

/**
 * An administrator approves (publishes) or rejects (hides) a review, whatever its status: a held review is
 * decided, a published one can still be taken down and a rejected one reinstated. The product's rating
 * changes only when the review enters or leaves PUBLISHED.
 */
export async function moderateReview(
  db: ReviewsDb,
  moderator: Identity,
  id: string,
  decision: ModerationDecision,
  note: string | null | undefined,
): Promise<ReviewOutcome> {
  const checkedNote = validateModerationNote(note);
  if (!checkedNote.ok) return failed(checkedNote.violation);
  return inTransaction(db, async (tx) => {
    const before = await lockReview(tx, id);
    if (!before) return failed(reviewNotFound(id));
    const after = await recordModeration(tx, id, {
      status: statusAfterDecision(decision),
      note: checkedNote.note,
      moderatorId: moderator.userId,
      at: new Date(),
    });
    await applyReviewPublication(tx, before, after, { edited: false });
    return succeeded(after);
  });
}
