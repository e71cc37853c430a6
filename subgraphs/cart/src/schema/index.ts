import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { CartContext } from './cart-context';
import { CartResolver } from './cart.resolver';
import { ProductVariantRef, toCart } from './cart.types';

/** The cart schema; needs no database or Redis to build, so `npm run schema` can print its SDL. */
export function buildCartSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<CartContext>({
    resolvers: [CartResolver],
    orphanedTypes: [ProductVariantRef],
    referenceResolvers: {
      Cart: async (reference: { id: string }, ctx) => {
        const cart = await ctx.carts.getCart(ctx.identity, String(reference.id));
        return cart ? toCart(cart) : null;
      },
    },
  });
}
