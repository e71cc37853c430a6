import { requireIdentity, type Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ReviewRecord } from '../domain/review';
import { canSeeModeration } from '../domain/review-access';
import { reviewsByAuthor, visibleReview } from '../services/review-queries';
import type { ReviewsContext } from './context';
import { Product } from './product.type';
import { Review, ReviewConnection, ReviewModeration } from './review.type';
import { UserRef } from './user.type';

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => Review, {
    nullable: true,
    description:
      'A review by id: published ones for everyone, others only for their author and staff; null otherwise.',
  })
  review(
    @Arg('id', () => ID, { description: 'Review id.' }) id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewRecord | null> {
    return visibleReview(ctx, id);
  }

  @Query(() => ReviewConnection, {
    description: 'Your own reviews in any status, newest first. Signed-in users only.',
  })
  myReviews(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: ReviewsContext,
  ): Promise<Connection<ReviewRecord>> {
    const identity = requireIdentity(ctx);
    return reviewsByAuthor(ctx, identity.userId, { first, after });
  }

  @FieldResolver(() => Product, { description: 'The product reviewed.' })
  product(@Root() review: ReviewRecord): Product {
    return { id: review.productId };
  }

  @FieldResolver(() => UserRef, { description: 'Who wrote the review.' })
  author(@Root() review: ReviewRecord): UserRef {
    return { id: review.authorId };
  }

  @FieldResolver(() => ReviewModeration, {
    nullable: true,
    description: 'Moderation reasons and decision; for the author and staff, null for everyone else.',
  })
  moderation(@Root() review: ReviewRecord, @Ctx() ctx: ReviewsContext): ReviewModeration | null {
    if (!canSeeModeration(review, ctx.identity)) return null;
    return {
      reasons: review.moderationReasons as ReviewModeration['reasons'],
      note: review.moderationNote,
      decidedAt: review.moderatedAt,
    };
  }
}
