import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CategoryAdminResolver } from './category-admin.resolver';
import { CategoryResolver } from './category.resolver';
import type { ProductsContext } from './context';
import { ProductAdminResolver } from './product-admin.resolver';
import { ProductImageResolver } from './product-image.resolver';
import { ProductResolver } from './product.resolver';
import { VariantAdminResolver } from './variant-admin.resolver';
import { VariantResolver } from './variant.resolver';

/**
 * Other subgraphs reference products, variants and categories by id (cart lines, order lines, reviews,
 * search hits). References resolve whatever the status, because an order must still show an archived
 * product; each kind is fetched in one query per batch.
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
      Product: (reference: { id: string }, ctx) => ctx.catalog.loaders.product(ctx, reference.id),
      ProductVariant: (reference: { id: string }, ctx) => ctx.catalog.loaders.variant(ctx, reference.id),
      Category: (reference: { id: string }, ctx) => ctx.catalog.loaders.category(ctx, reference.id),
    },
  });
}
