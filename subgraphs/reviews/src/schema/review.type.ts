import { ConnectionType } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { ModerationReason } from '../domain/moderation';
import type { ReviewStatus } from '../domain/review';
import { ReviewModerationReasonEnum, ReviewStatusEnum } from './enums';

@ObjectType('ReviewDimensions', {
  description: 'Optional star ratings (1-5) of single aspects of the purchase.',
})
export class ReviewDimensions {
  @Field(() => Int, { nullable: true, description: 'Build and material quality, 1-5; null when not rated.' })
  quality!: number | null;

  @Field(() => Int, { nullable: true, description: 'Value for money, 1-5; null when not rated.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'Delivery experience, 1-5; null when not rated.' })
  delivery!: number | null;
}

@ObjectType('ReviewModeration', { description: 'How moderation treated a review; for its author and staff.' })
export class ReviewModeration {
  @Field(() => [ReviewModerationReasonEnum], {
    description: 'Why automatic moderation held it; empty when clean.',
  })
  reasons!: ModerationReason[];

  @Field(() => String, { nullable: true, description: "The administrator's note on the decision, if any." })
  note!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator last decided; null when none has.',
  })
  decidedAt!: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Review', { description: "A customer's rating and review of a product." })
export class Review {
  @Field(() => ID, { description: 'Opaque review id.' })
  id!: string;

  @Field(() => Int, { description: 'Overall rating, 1-5 stars.' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Headline (at most 120 characters); null when none was given.',
  })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Review text (at most 5000 characters); null when none was given.',
  })
  body!: string | null;

  @Field(() => ReviewDimensions, { description: 'Ratings of single aspects, each optional.' })
  dimensions!: ReviewDimensions;

  @Field(() => Boolean, {
    description:
      'True when the author has a confirmed order containing this product (cancelled orders do not count).',
  })
  verifiedPurchase!: boolean;

  @Field(() => ReviewStatusEnum, {
    description: 'Moderation status; the public only ever sees PUBLISHED reviews.',
  })
  status!: ReviewStatus;

  @Field(() => Int, { description: 'How many people marked the review helpful.' })
  helpfulCount!: number;

  @Field(() => Date, { description: 'When the review was written.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the review or its status last changed.' })
  updatedAt!: Date;
}

export const ReviewConnection = ConnectionType(Review, 'Review', 'A page of reviews.');
