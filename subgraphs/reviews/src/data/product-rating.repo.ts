import type { ProductRating } from '../__generated__/prisma/client';
import type { RatingAggregate, RatingDelta } from '../domain/rating-aggregate';
import type { ReviewsReader, ReviewsTx } from './database';

function toAggregate(row: ProductRating): RatingAggregate {
  return {
    count: row.reviewCount,
    sum: row.ratingSum,
    buckets: [row.rating1, row.rating2, row.rating3, row.rating4, row.rating5],
  };
}

/**
 * Adds a delta to the product's row: concurrent changes to the same product queue on its row lock and each
 * adds to what the previous one committed, so no change is lost and nothing is recounted. The row is created
 * empty first because Postgres checks the CHECK constraints on an upsert's proposed row, and a delta alone
 * (an edit moving a rating down) is negative.
 */
export async function applyRatingDelta(
  tx: ReviewsTx,
  productId: string,
  delta: RatingDelta,
): Promise<RatingAggregate> {
  const [b1, b2, b3, b4, b5] = delta.buckets;
  await tx.$executeRaw`INSERT INTO "product_ratings" ("product_id") VALUES (${productId}) ON CONFLICT DO NOTHING`;
  const rows = await tx.$queryRaw<ProductRatingRow[]>`
    UPDATE "product_ratings" SET
      "review_count" = "review_count" + ${delta.count},
      "rating_sum" = "rating_sum" + ${delta.sum},
      "rating_1" = "rating_1" + ${b1},
      "rating_2" = "rating_2" + ${b2},
      "rating_3" = "rating_3" + ${b3},
      "rating_4" = "rating_4" + ${b4},
      "rating_5" = "rating_5" + ${b5},
      "updated_at" = now()
    WHERE "product_id" = ${productId}
    RETURNING "review_count", "rating_sum", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5"`;
  const row = rows[0]!;
  return {
    count: row.review_count,
    sum: row.rating_sum,
    buckets: [row.rating_1, row.rating_2, row.rating_3, row.rating_4, row.rating_5],
  };
}

interface ProductRatingRow {
  review_count: number;
  rating_sum: number;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
}

/** Aggregates by product id; a product nobody has a published review of has no row. */
export async function findRatings(
  db: ReviewsReader,
  productIds: readonly string[],
): Promise<Map<string, RatingAggregate>> {
  const rows = await db.productRating.findMany({ where: { productId: { in: [...productIds] } } });
  return new Map(rows.map((row) => [row.productId, toAggregate(row)]));
}
