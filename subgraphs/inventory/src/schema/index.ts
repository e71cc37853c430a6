import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { InventoryContext } from './context';
import { ProductVariantStockResolver } from './product-variant.resolver';
import { StockAdminResolver } from './stock-admin.resolver';
import { StockReportsResolver } from './stock-reports.resolver';
import { User } from './user.type';

export function buildInventorySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<InventoryContext>({
    resolvers: [ProductVariantStockResolver, StockAdminResolver, StockReportsResolver],
    orphanedTypes: [User],
  });
}
