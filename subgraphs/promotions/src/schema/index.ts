import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CartPromotionsResolver } from './cart-promotions.resolver';
import { ProductVariantRef } from './cart.types';
import type { PromotionsContext } from './context';
import { CouponResolver } from './coupon.resolver';
import { PromotionAdminResolver } from './promotion-admin.resolver';

export function buildPromotionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<PromotionsContext>({
    resolvers: [CartPromotionsResolver, CouponResolver, PromotionAdminResolver],
    orphanedTypes: [ProductVariantRef],
  });
}
