import { isStaffOrAdmin } from '@msa/auth';
import { PRIVATE_CACHE_HINT } from '@msa/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { isInStock } from '../domain/stock-level';
import { loadStockLevel } from '../services/stock-queries';
import type { StockLevelView } from '../services/stock-views';
import type { InventoryContext } from './context';
import { ProductVariant } from './product-variant.type';
import { StockLevel } from './stock-level.type';

@Resolver(() => ProductVariant)
export class ProductVariantStockResolver {
  /**
   * Null rather than FORBIDDEN for shoppers: the field sits inside product pages fetched through the router,
   * and an error there would spoil the whole response for a detail they are not meant to see.
   */
  @Directive(PRIVATE_CACHE_HINT)
  @FieldResolver(() => StockLevel, {
    nullable: true,
    description: 'Stock numbers of this variant. Staff and administrators only; null for everyone else.',
  })
  stock(@Root() variant: ProductVariant, @Ctx() ctx: InventoryContext): Promise<StockLevelView> | null {
    if (!isStaffOrAdmin(ctx.identity)) return null;
    return loadStockLevel(ctx.db, ctx.loaders, variant.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when at least one unit can be ordered right now.' })
  async inStock(@Root() variant: ProductVariant, @Ctx() ctx: InventoryContext): Promise<boolean> {
    return isInStock(await loadStockLevel(ctx.db, ctx.loaders, variant.id));
  }
}
