import type { Identity } from '@msa/auth';
import { byKeys, pageSize, toConnection, type Connection, type LoaderRegistry } from '@msa/subgraph-kit';
import type { ReviewsDb } from '../data/database';
import { findRatings } from '../data/product-rating.repo';
import { countReviews, listReviews, type ReviewFilter } from '../data/review-list.repo';
import { findReviewsByAuthor, findReviewsByIds } from '../data/review.repo';
import { EMPTY_AGGREGATE, summarizeRating, type RatingSummary } from '../domain/rating-aggregate';
import type { ReviewRecord, ReviewStatus } from '../domain/review';
import { canSeeReview } from '../domain/review-access';
import { positionAfter, reviewCursor, type ReviewOrder, type ReviewSort } from '../domain/review-order';

/** What every read needs: the database, the caller, and the request's loaders (one query per batch). */
export interface ReviewReadContext {
  db: ReviewsDb;
  identity: Identity | null;
  loaders: LoaderRegistry;
}

export interface PageArgs {
  first: number | null | undefined;
  after: string | null | undefined;
}

function loadReview(ctx: ReviewReadContext, id: string): Promise<ReviewRecord | null> {
  return ctx.loaders
    .get<
      string,
      ReviewRecord | null
    >('Review', async (ids) => byKeys(ids, await findReviewsByIds(ctx.db, ids), (r) => r.id))
    .load(id);
}

/** A review by id when the caller may see it (published, their own, or staff); null otherwise. */
export async function visibleReview(ctx: ReviewReadContext, id: string): Promise<ReviewRecord | null> {
  const review = await loadReview(ctx, id);
  return review && canSeeReview(review, ctx.identity) ? review : null;
}

/** The rating summary of a product; every product of one operation is read in one query. */
export async function productRating(ctx: ReviewReadContext, productId: string): Promise<RatingSummary> {
  return ctx.loaders
    .get<string, RatingSummary>('ProductRating', async (ids) => {
      const ratings = await findRatings(ctx.db, ids);
      return ids.map((id) => summarizeRating(ratings.get(id) ?? EMPTY_AGGREGATE));
    })
    .load(productId);
}

/** The caller's own review of a product, whatever its status; null for guests and non-reviewers. */
export async function myReviewOf(ctx: ReviewReadContext, productId: string): Promise<ReviewRecord | null> {
  const identity = ctx.identity;
  if (!identity) return null;
  return ctx.loaders
    .get<
      string,
      ReviewRecord | null
    >(`MyReview:${identity.userId}`, async (productIds) => byKeys(productIds, await findReviewsByAuthor(ctx.db, identity.userId, productIds), (r) => r.productId))
    .load(productId);
}

async function reviewPage(
  ctx: ReviewReadContext,
  filter: ReviewFilter,
  order: ReviewOrder,
  args: PageArgs,
  totalCount: () => Promise<number>,
): Promise<Connection<ReviewRecord>> {
  const size = pageSize(args.first);
  const position = args.after ? positionAfter(order, args.after) : null;
  const [rows, total] = await Promise.all([
    listReviews(ctx.db, filter, order, position, size + 1),
    totalCount(),
  ]);
  return toConnection(rows, size, total, (review) => reviewCursor(order, review));
}

/** A product's published reviews; the total comes from the rating aggregate, which counts exactly those. */
export function productReviews(
  ctx: ReviewReadContext,
  productId: string,
  args: PageArgs & { sort: ReviewSort },
): Promise<Connection<ReviewRecord>> {
  return reviewPage(
    ctx,
    { productId, status: 'PUBLISHED' },
    args.sort,
    args,
    async () => (await productRating(ctx, productId)).count,
  );
}

/** The caller's reviews in any status, newest first. */
export function reviewsByAuthor(
  ctx: ReviewReadContext,
  authorId: string,
  args: PageArgs,
): Promise<Connection<ReviewRecord>> {
  const filter = { authorId };
  return reviewPage(ctx, filter, 'NEWEST', args, () => countReviews(ctx.db, filter));
}

/** The moderation queue: reviews in one status, oldest first so nothing waits forever. */
export function reviewsInStatus(
  ctx: ReviewReadContext,
  status: ReviewStatus,
  args: PageArgs,
): Promise<Connection<ReviewRecord>> {
  const filter = { status };
  return reviewPage(ctx, filter, 'OLDEST', args, () => countReviews(ctx.db, filter));
}
