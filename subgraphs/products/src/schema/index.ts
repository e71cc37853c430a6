import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CategoryAdminResolver } from './category-admin.resolver';
import { CategoryResolver } from './category.resolver';
import type { ProductsContext } from './context';
import { canSeeProduct } from '../domain/product-visibility';
import { ProductAdminResolver } from './product-admin.resolver';
import { ProductImageResolver } from './product-image.resolver';
import { ProductResolver } from './product.resolver';
import { VariantAdminResolver } from './variant-admin.resolver';
import { VariantResolver } from './variant.resolver';

/**
 * Other subgraphs reference products, variants and categories by id (cart lines, order lines, reviews,
 * search hits). Product references resolve for ACTIVE products only, unless the caller is staff; variants and
 * categories resolve whatever the status, because an order must still show an archived product's variant.
 * Each kind is fetched in one query per batch.
 */
export function buildProductsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ProductsContext>({
    resolvers: [
      ProductResolver,
      ProductAdminResolver,
      VariantResolver,
      VariantAdminResolver,
      CategoryResolver,
      CategoryAdminResolver,
      ProductImageResolver,
    ],
    referenceResolvers: {
      // Unpublished (DRAFT) and withdrawn (ARCHIVED) products exist for staff only: another subgraph's
      // reference (a review, a search hit) must not reveal them. Order history reaches archived products
      // through ProductVariant.product, which is unaffected.
      Product: async (reference: { id: string }, ctx) => {
        const product = await ctx.catalog.loaders.product(ctx, reference.id);
        return product && canSeeProduct(ctx.identity, product.status) ? product : null;
      },
      ProductVariant: (reference: { id: string }, ctx) => ctx.catalog.loaders.variant(ctx, reference.id),
      Category: (reference: { id: string }, ctx) => ctx.catalog.loaders.category(ctx, reference.id),
    },
  });
}
