import type { Review } from '../__generated__/prisma/client';
import type { ModerationReason } from '../domain/moderation';
import type { ReviewContent, ReviewRecord, ReviewStatus } from '../domain/review';
import { isUuid, type ReviewsReader, type ReviewsTx } from './database';

export function toReviewRecord(row: Review): ReviewRecord {
  return {
    id: row.id,
    productId: row.productId,
    authorId: row.authorId,
    rating: row.rating,
    title: row.title,
    body: row.body,
    dimensions: { quality: row.qualityRating, value: row.valueRating, delivery: row.deliveryRating },
    status: row.status,
    verifiedPurchase: row.verifiedPurchase,
    helpfulCount: row.helpfulCount,
    moderationReasons: row.moderationReasons,
    moderationNote: row.moderationNote,
    moderatedAt: row.moderatedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function contentColumns(content: ReviewContent) {
  return {
    rating: content.rating,
    title: content.title,
    body: content.body,
    qualityRating: content.dimensions.quality,
    valueRating: content.dimensions.value,
    deliveryRating: content.dimensions.delivery,
  };
}

export async function findReviewById(db: ReviewsReader, id: string): Promise<ReviewRecord | null> {
  if (!isUuid(id)) return null;
  const row = await db.review.findUnique({ where: { id } });
  return row ? toReviewRecord(row) : null;
}

export async function findReviewsByIds(db: ReviewsReader, ids: readonly string[]): Promise<ReviewRecord[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return (await db.review.findMany({ where: { id: { in: valid } } })).map(toReviewRecord);
}

export async function findReviewsByAuthor(
  db: ReviewsReader,
  authorId: string,
  productIds: readonly string[],
): Promise<ReviewRecord[]> {
  const rows = await db.review.findMany({ where: { authorId, productId: { in: [...productIds] } } });
  return rows.map(toReviewRecord);
}

/** The review, locked for the rest of the transaction so concurrent edits and decisions apply one by one. */
export async function lockReview(tx: ReviewsTx, id: string): Promise<ReviewRecord | null> {
  if (!isUuid(id)) return null;
  await tx.$queryRaw`SELECT 1 FROM "reviews" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return findReviewById(tx, id);
}

export interface NewReview {
  productId: string;
  authorId: string;
  content: ReviewContent;
  status: ReviewStatus;
  reasons: ModerationReason[];
}

/** Inserts unverified; refreshVerifiedPurchases in the same transaction sets the flag. */
export async function insertReview(tx: ReviewsTx, review: NewReview): Promise<ReviewRecord> {
  const row = await tx.review.create({
    data: {
      productId: review.productId,
      authorId: review.authorId,
      ...contentColumns(review.content),
      status: review.status,
      moderationReasons: review.reasons,
    },
  });
  return toReviewRecord(row);
}

/** New content from the author; the moderation outcome replaces any earlier one. */
export async function updateReviewContent(
  tx: ReviewsTx,
  id: string,
  change: { content: ReviewContent; status: ReviewStatus; reasons: ModerationReason[] },
): Promise<ReviewRecord> {
  const row = await tx.review.update({
    where: { id },
    data: {
      ...contentColumns(change.content),
      status: change.status,
      moderationReasons: change.reasons,
      moderationNote: null,
      moderatedBy: null,
      moderatedAt: null,
    },
  });
  return toReviewRecord(row);
}

export async function recordModeration(
  tx: ReviewsTx,
  id: string,
  decision: { status: ReviewStatus; note: string | null; moderatorId: string; at: Date },
): Promise<ReviewRecord> {
  const row = await tx.review.update({
    where: { id },
    data: {
      status: decision.status,
      moderationNote: decision.note,
      moderatedBy: decision.moderatorId,
      moderatedAt: decision.at,
    },
  });
  return toReviewRecord(row);
}

export async function deleteReview(tx: ReviewsTx, id: string): Promise<void> {
  await tx.review.delete({ where: { id } });
}

export async function incrementHelpfulCount(tx: ReviewsTx, id: string): Promise<void> {
  await tx.$executeRaw`UPDATE "reviews" SET "helpful_count" = "helpful_count" + 1 WHERE "id" = ${id}::uuid`;
}
