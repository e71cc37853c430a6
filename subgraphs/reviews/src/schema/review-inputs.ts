import { Field, InputType, Int } from 'type-graphql';

@InputType('ReviewDimensionsInput', { description: 'Optional ratings of single aspects, each 1-5.' })
export class ReviewDimensionsInput {
  @Field(() => Int, { nullable: true, description: 'Build and material quality, 1-5.' })
  quality?: number | null;

  @Field(() => Int, { nullable: true, description: 'Value for money, 1-5.' })
  value?: number | null;

  @Field(() => Int, { nullable: true, description: 'Delivery experience, 1-5.' })
  delivery?: number | null;
}

@InputType('ReviewInput', { description: 'What a customer writes about a product.' })
export class ReviewInput {
  @Field(() => Int, { description: 'Overall rating, a whole number of stars from 1 to 5.' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Headline, at most 120 characters; blank means none.' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Review text, at most 5000 characters; blank means none.',
  })
  body?: string | null;

  @Field(() => ReviewDimensionsInput, {
    nullable: true,
    description: 'Ratings of single aspects, each optional.',
  })
  dimensions?: ReviewDimensionsInput | null;
}
