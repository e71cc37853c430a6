import { requireAdmin, requireStaff, type Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ModerationDecision } from '../domain/moderation';
import type { ReviewRecord, ReviewStatus } from '../domain/review';
import { moderateReview } from '../services/review-moderation.service';
import { reviewsInStatus } from '../services/review-queries';
import type { ReviewsContext } from './context';
import { ReviewModerationDecisionEnum, ReviewStatusEnum } from './enums';
import { ReviewPayload } from './review-payloads';
import { ReviewConnection } from './review.type';

@Resolver()
export class ModerationResolver {
  @Query(() => ReviewConnection, {
    description:
      'Staff: the moderation queue, oldest first. Held (PENDING) reviews unless another status is asked for.',
  })
  reviewsForModeration(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Arg('status', () => ReviewStatusEnum, { defaultValue: 'PENDING', description: 'Which reviews to list.' })
    status: ReviewStatus,
    @Ctx() ctx: ReviewsContext,
  ): Promise<Connection<ReviewRecord>> {
    requireStaff(ctx);
    return reviewsInStatus(ctx, status, { first, after });
  }

  @Mutation(() => ReviewPayload, {
    description:
      'Administrators: publish (APPROVE) or hide (REJECT) a review, with an optional note (at most 1000 characters) for the author. The product rating follows.',
  })
  moderateReview(
    @Arg('id', () => ID, { description: 'Review id.' }) id: string,
    @Arg('decision', () => ReviewModerationDecisionEnum, { description: 'Publish or hide.' })
    decision: ModerationDecision,
    @Arg('note', () => String, { nullable: true, description: 'Why, for the author and other moderators.' })
    note: string | null,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewPayload> {
    return moderateReview(ctx.db, requireAdmin(ctx), id, decision, note);
  }
}
