import { UserError } from '@msa/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ReviewRecord } from '../domain/review';
import { Review } from './review.type';

@ObjectType('ReviewPayload', { description: 'Result of a mutation on a review.' })
export class ReviewPayload {
  @Field(() => Review, {
    nullable: true,
    description: 'The review as it now is; null when the mutation was refused.',
  })
  review!: ReviewRecord | null;

  @Field(() => [UserError], {
    description:
      'Why nothing changed: RATING_OUT_OF_RANGE, TITLE_TOO_LONG, BODY_TOO_LONG, NOTE_TOO_LONG, PRODUCT_NOT_FOUND, REVIEW_EXISTS, REVIEW_NOT_FOUND, OWN_REVIEW.',
  })
  userErrors!: UserError[];
}

@ObjectType('DeleteReviewPayload', { description: 'Result of deleteReview.' })
export class DeleteReviewPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted review; null when nothing was deleted.',
  })
  deletedReviewId!: string | null;

  @Field(() => [UserError], { description: 'REVIEW_NOT_FOUND when there is no such review.' })
  userErrors!: UserError[];
}
