import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { SearchContext } from './context';
import { ProductRef, UserRef } from './entity-refs';
import { RecommendationResolver, UserRecommendationsResolver } from './recommendation.resolver';
import { SearchAnalyticsResolver } from './search-analytics.resolver';
import { SearchResolver } from './search.resolver';

/** The search schema; needs no database, Redis or search engine to build, so `npm run schema` can print it. */
export function buildSearchSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<SearchContext>({
    resolvers: [SearchResolver, SearchAnalyticsResolver, RecommendationResolver, UserRecommendationsResolver],
    orphanedTypes: [ProductRef, UserRef],
    referenceResolvers: {
      // Any user id resolves: recommendedProducts itself checks who may read it.
      User: (reference: { id: string }) => Object.assign(new UserRef(), { id: String(reference.id) }),
    },
  });
}
