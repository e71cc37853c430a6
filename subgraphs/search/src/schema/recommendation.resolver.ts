import { requireIdentity, requireOwnerOrStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SearchContext } from './context';
import { ProductRef, productRef, UserRef } from './entity-refs';
import { payload, RecordProductViewPayload } from './payloads';

/** "Customers also bought" is public; recording views needs a signed-in shopper. */
@Resolver()
export class RecommendationResolver {
  @Query(() => [ProductRef], {
    description:
      'Products most often bought together with this one (ACTIVE only), topped up with popular products.',
  })
  async recommendations(
    @Arg('productId', () => ID, { description: 'The product being looked at.' }) productId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many, at most 50; default 10.' })
    first: number | null,
    @Ctx() ctx: SearchContext,
  ): Promise<ProductRef[]> {
    return (await ctx.services.recommendations.alsoBought(productId, first)).map(productRef);
  }

  @Mutation(() => RecordProductViewPayload, {
    description: 'Records that the signed-in shopper viewed a product; views shape their recommendations.',
  })
  async recordProductView(
    @Arg('productId', () => ID, { description: 'The product whose page was opened.' }) productId: string,
    @Ctx() ctx: SearchContext,
  ): Promise<RecordProductViewPayload> {
    const identity = requireIdentity(ctx);
    return payload(
      RecordProductViewPayload,
      await ctx.services.recommendations.recordView(identity.userId, productId),
    );
  }
}

@Resolver(() => UserRef)
export class UserRecommendationsResolver {
  @FieldResolver(() => [ProductRef], {
    description:
      'Products picked for this user from their purchases and views, else popular ones. The user or staff only.',
  })
  async recommendedProducts(
    @Root() user: UserRef,
    @Arg('first', () => Int, { nullable: true, description: 'How many, at most 50; default 10.' })
    first: number | null,
    @Ctx() ctx: SearchContext,
  ): Promise<ProductRef[]> {
    requireOwnerOrStaff(ctx, user.id);
    return (await ctx.services.recommendations.recommendedFor(user.id, first)).map(productRef);
  }
}
