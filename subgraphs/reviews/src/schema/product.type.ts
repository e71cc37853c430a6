import { CATALOG_CACHE_HINT, INHERIT_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BAYESIAN_PRIOR } from '../domain/rating-aggregate';

/** Owned by the products subgraph; reviews adds its rating and reviews to it. */
@Directive('@key(fields: "id")')
@Directive(CATALOG_CACHE_HINT)
@ObjectType('Product', {
  description: 'Something the shop sells, in one or more variants (e.g. sizes and colours).',
})
export class Product {
  @Field(() => ID, { description: 'Opaque product id.' })
  id!: string;
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType('ProductRatingBucket', {
  description: 'How many published reviews gave a product one number of stars.',
})
export class ProductRatingBucket {
  @Field(() => Int, { description: 'Stars, 1-5.' })
  rating!: number;

  @Field(() => Int, { description: 'Published reviews with this rating.' })
  count!: number;
}

const { weight, mean } = BAYESIAN_PRIOR;

@Directive(INHERIT_CACHE_HINT)
@ObjectType('ProductRating', {
  description: `A product's rating over its published reviews, updated with every review change.`,
})
export class ProductRating {
  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating, rounded to two decimals; null without published reviews.',
  })
  average!: number | null;

  @Field(() => Float, {
    description: `Bayesian average for ranking: (${weight} × ${mean} + sum of ratings) / (${weight} + count), i.e. the mean with a prior of ${weight} pseudo-reviews of ${mean} stars, rounded to two decimals. ${mean} without reviews.`,
  })
  bayesianAverage!: number;

  @Field(() => Int, { description: 'Number of published reviews.' })
  count!: number;

  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [ProductRatingBucket], {
    description: 'Published reviews per star rating, 5 stars first; always five entries.',
  })
  distribution!: ProductRatingBucket[];
}
