import { isAdmin, type Identity } from '@msa/auth';
import { forbidden } from '@msa/subgraph-kit';
import { isLiveProduct } from '../data/catalog.repo';
import { inTransaction, isUniqueViolation, lockCustomers, type ReviewsDb } from '../data/database';
import { refreshVerifiedPurchases } from '../data/purchase.repo';
import {
  deleteReview as deleteReviewRow,
  findReviewById,
  findReviewsByAuthor,
  insertReview,
  lockReview,
  updateReviewContent,
} from '../data/review.repo';
import { moderateEditedReview, moderateNewReview, screenReview } from '../domain/moderation';
import type { ReviewViolation } from '../domain/review';
import { isAuthor } from '../domain/review-access';
import { ReviewErrorCode } from '../domain/review-error-codes';
import { validateReviewInput, type RawReviewInput } from '../domain/review-input';
import { failed, reviewNotFound, succeeded, type ReviewOutcome } from './review-outcome';
import { applyReviewPublication } from './review-publication';

const alreadyReviewed: ReviewViolation = {
  code: ReviewErrorCode.REVIEW_EXISTS,
  message: 'You have already reviewed this product; edit your review instead',
  field: ['productId'],
};

/**
 * A customer's review of a product. One per customer and product: the customer's lock serialises their
 * attempts and the unique index (product, author) backs it up. Clean text is published at once, flagged text
 * waits for an administrator; the verified-purchase flag comes from the customer's orders.
 */
export async function createReview(
  db: ReviewsDb,
  author: Identity,
  productId: string,
  input: RawReviewInput,
): Promise<ReviewOutcome> {
  const validated = validateReviewInput(input);
  if (!validated.ok) return failed(...validated.violations);
  if (!(await isLiveProduct(db, productId))) {
    return failed({
      code: ReviewErrorCode.PRODUCT_NOT_FOUND,
      message: `Product ${productId} does not exist`,
      field: ['productId'],
    });
  }
  const moderation = moderateNewReview(screenReview(validated.content));
  try {
    return await inTransaction(db, async (tx) => {
      await lockCustomers(tx, [author.userId]);
      if ((await findReviewsByAuthor(tx, author.userId, [productId])).length) return failed(alreadyReviewed);
      const { id } = await insertReview(tx, {
        productId,
        authorId: author.userId,
        content: validated.content,
        ...moderation,
      });
      await refreshVerifiedPurchases(tx, [author.userId]);
      const review = (await findReviewById(tx, id))!;
      await applyReviewPublication(tx, null, review, { edited: false });
      return succeeded(review);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failed(alreadyReviewed);
    throw error;
  }
}

/** The author replaces their review's content; it is screened again (see moderateEditedReview). */
export async function updateReview(
  db: ReviewsDb,
  editor: Identity,
  id: string,
  input: RawReviewInput,
): Promise<ReviewOutcome> {
  const validated = validateReviewInput(input);
  if (!validated.ok) return failed(...validated.violations);
  return inTransaction(db, async (tx) => {
    const before = await lockReview(tx, id);
    if (!before) return failed(reviewNotFound(id));
    if (!isAuthor(before, editor)) throw forbidden('Only its author can edit a review');
    const moderation = moderateEditedReview(before.status, screenReview(validated.content));
    const after = await updateReviewContent(tx, id, { content: validated.content, ...moderation });
    await applyReviewPublication(tx, before, after, { edited: true });
    return succeeded(after);
  });
}

/** Removes a review (its author, or an administrator); a published one leaves its product's rating. */
export async function deleteReview(
  db: ReviewsDb,
  actor: Identity,
  id: string,
): Promise<{ deletedReviewId: string | null; userErrors: ReviewOutcome['userErrors'] }> {
  return inTransaction(db, async (tx) => {
    const before = await lockReview(tx, id);
    if (!before) return { deletedReviewId: null, userErrors: failed(reviewNotFound(id)).userErrors };
    if (!isAuthor(before, actor) && !isAdmin(actor))
      throw forbidden('Only its author or an administrator can delete a review');
    await deleteReviewRow(tx, id);
    await applyReviewPublication(tx, before, null, { edited: false });
    return { deletedReviewId: id, userErrors: [] };
  });
}
