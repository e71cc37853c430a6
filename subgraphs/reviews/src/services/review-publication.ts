import { publishEvent } from '@msa/events';
import type { ReviewsTx } from '../data/database';
import { applyRatingDelta } from '../data/product-rating.repo';
import { summarizeRating } from '../domain/rating-aggregate';
import type { ReviewRecord } from '../domain/review';
import { publicationEffects } from '../domain/review-publication';

/**
 * Carries a review's change over to its product in the same transaction: the rating aggregate moves by the
 * change's delta, and the events announcing it are written to the outbox, so the rating, the review and what
 * other services hear can never disagree.
 */
export async function applyReviewPublication(
  tx: ReviewsTx,
  before: ReviewRecord | null,
  after: ReviewRecord | null,
  options: { edited: boolean },
): Promise<void> {
  const review = after ?? before;
  if (!review) return;
  const effects = publicationEffects(before, after, options.edited);
  if (effects.ratingDelta) {
    const summary = summarizeRating(await applyRatingDelta(tx, review.productId, effects.ratingDelta));
    await publishEvent(tx, 'product.rating_changed', {
      productId: review.productId,
      // The catalog's payload has no null: a product whose last review went away averages 0 over 0 reviews.
      average: summary.average ?? 0,
      bayesianAverage: summary.bayesianAverage,
      count: summary.count,
    });
  }
  if (effects.announcePublished && after) {
    await publishEvent(tx, 'review.published', {
      reviewId: after.id,
      productId: after.productId,
      rating: after.rating,
    });
  }
}
