import type { Prisma } from '../__generated__/prisma/client';
import type { ReviewRecord, ReviewStatus } from '../domain/review';
import {
  keysetCondition,
  REVIEW_ORDERS,
  type KeysetPosition,
  type ReviewOrder,
} from '../domain/review-order';
import type { ReviewsReader } from './database';
import { toReviewRecord } from './review.repo';

export interface ReviewFilter {
  productId?: string;
  authorId?: string;
  status?: ReviewStatus;
}

function afterPosition(position: KeysetPosition): Prisma.ReviewWhereInput {
  return {
    OR: keysetCondition(position).map((conjunction) => ({
      AND: conjunction.map(({ field, op, value }) => ({ [field]: op === 'eq' ? value : { [op]: value } })),
    })),
  };
}

/** One page in `order`, starting after `position`; fetch one more than the page size to learn if more follow. */
export async function listReviews(
  db: ReviewsReader,
  filter: ReviewFilter,
  order: ReviewOrder,
  position: KeysetPosition | null,
  take: number,
): Promise<ReviewRecord[]> {
  const rows = await db.review.findMany({
    where: { ...filter, ...(position ? afterPosition(position) : {}) },
    orderBy: REVIEW_ORDERS[order].map((key) => ({ [key.field]: key.direction })),
    take,
  });
  return rows.map(toReviewRecord);
}

export function countReviews(db: ReviewsReader, filter: ReviewFilter): Promise<number> {
  return db.review.count({ where: filter });
}
