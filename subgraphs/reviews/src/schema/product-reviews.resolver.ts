import { PRIVATE_CACHE_HINT, type Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RatingSummary } from '../domain/rating-aggregate';
import type { ReviewRecord } from '../domain/review';
import type { ReviewSort } from '../domain/review-order';
import { myReviewOf, productRating, productReviews } from '../services/review-queries';
import type { ReviewsContext } from './context';
import { ReviewSortEnum } from './enums';
import { Product, ProductRating } from './product.type';
import { Review, ReviewConnection } from './review.type';

@Resolver(() => Product)
export class ProductReviewsResolver {
  // Nullable like every field reviews adds to Product: while reviews cannot be reached the router answers
  // it null with SUBGRAPH_UNAVAILABLE, and the product itself is still served.
  @FieldResolver(() => ReviewConnection, {
    nullable: true,
    description: 'Published reviews of the product; null only while the reviews service is unavailable.',
  })
  reviews(
    @Root() product: Product,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (from the same sort).',
    })
    after: string | null,
    @Arg('sort', () => ReviewSortEnum, { defaultValue: 'NEWEST', description: 'Order of the reviews.' })
    sort: ReviewSort,
    @Ctx() ctx: ReviewsContext,
  ): Promise<Connection<ReviewRecord>> {
    return productReviews(ctx, product.id, { first, after, sort });
  }

  @FieldResolver(() => ProductRating, {
    nullable: true,
    description:
      'Average, Bayesian average, count and distribution of published reviews; null only while the reviews service is unavailable.',
  })
  rating(@Root() product: Product, @Ctx() ctx: ReviewsContext): Promise<RatingSummary> {
    return productRating(ctx, product.id);
  }

  @Directive(PRIVATE_CACHE_HINT)
  @FieldResolver(() => Review, {
    nullable: true,
    description:
      "Your own review of the product in any status (a held one included); null when you have none or aren't signed in.",
  })
  myReview(@Root() product: Product, @Ctx() ctx: ReviewsContext): Promise<ReviewRecord | null> {
    return myReviewOf(ctx, product.id);
  }
}
