import { requireIdentity } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { markReviewHelpful } from '../services/helpful-votes.service';
import { requireReviewer, requireVoter } from '../services/review-guards';
import { createReview, deleteReview, updateReview } from '../services/review-writer.service';
import type { ReviewsContext } from './context';
import { ReviewInput } from './review-inputs';
import { DeleteReviewPayload, ReviewPayload } from './review-payloads';

@Resolver()
export class ReviewMutationsResolver {
  @Mutation(() => ReviewPayload, {
    description:
      'Signed-in customers: review a product once. Clean reviews are published at once; ones that trip automatic moderation (profanity, spam, links, contact details) wait for an administrator.',
  })
  createReview(
    @Arg('productId', () => ID, { description: 'The product reviewed.' }) productId: string,
    @Arg('input', () => ReviewInput, { description: 'Rating and text.' }) input: ReviewInput,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewPayload> {
    return createReview(ctx.db, requireReviewer(ctx), productId, input);
  }

  @Mutation(() => ReviewPayload, {
    description:
      "The author replaces their review's rating and text; it goes through automatic moderation again.",
  })
  updateReview(
    @Arg('id', () => ID, { description: 'Review id.' }) id: string,
    @Arg('input', () => ReviewInput, { description: 'The new rating and text.' }) input: ReviewInput,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewPayload> {
    return updateReview(ctx.db, requireIdentity(ctx), id, input);
  }

  @Mutation(() => DeleteReviewPayload, { description: 'The author or an administrator deletes a review.' })
  deleteReview(
    @Arg('id', () => ID, { description: 'Review id.' }) id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<DeleteReviewPayload> {
    return deleteReview(ctx.db, requireIdentity(ctx), id);
  }

  @Mutation(() => ReviewPayload, {
    description:
      'Signed-in users: mark a published review helpful, once per person (repeating it changes nothing).',
  })
  markReviewHelpful(
    @Arg('id', () => ID, { description: 'Review id.' }) id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewPayload> {
    return markReviewHelpful(ctx.db, requireVoter(ctx), id);
  }
}
