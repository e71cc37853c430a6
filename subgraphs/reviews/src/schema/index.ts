import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { visibleReview } from '../services/review-queries';
import type { ReviewsContext } from './context';
import { ModerationResolver } from './moderation.resolver';
import { ProductReviewsResolver } from './product-reviews.resolver';
import { ReviewMutationsResolver } from './review-mutations.resolver';
import { ReviewResolver } from './review.resolver';
import { UserRef } from './user.type';

export function buildReviewsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ReviewsContext>({
    resolvers: [ReviewResolver, ProductReviewsResolver, ReviewMutationsResolver, ModerationResolver],
    orphanedTypes: [UserRef],
    referenceResolvers: {
      // Same rules as Query.review: a held or rejected review resolves to null for anyone but its author and staff.
      Review: (reference: { id: string }, ctx) => visibleReview(ctx, String(reference.id)),
    },
  });
}
