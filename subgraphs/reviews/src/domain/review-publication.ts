import { ratingDelta, type CountedReview, type RatingDelta } from './rating-aggregate';

export interface PublicationEffects {
  /** What to add to the product's rating aggregate; null when it does not change. */
  ratingDelta: RatingDelta | null;
  /** Announce review.published: the review became visible, or a visible one got new content. */
  announcePublished: boolean;
}

/**
 * What a review's change (create: before = null; delete: after = null) means beyond its own row. `edited` says
 * the author changed the content, which a published review's readers (search) must hear about.
 */
export function publicationEffects(
  before: CountedReview | null,
  after: CountedReview | null,
  edited: boolean,
): PublicationEffects {
  return {
    ratingDelta: ratingDelta(before, after),
    announcePublished: after?.status === 'PUBLISHED' && (before?.status !== 'PUBLISHED' || edited),
  };
}
