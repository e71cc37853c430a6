import { requireStaff, type Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { lowStockConnection, stockMovementConnection } from '../services/stock-queries';
import type { StockLevelView, StockMovementView } from '../services/stock-views';
import type { InventoryContext } from './context';
import { StockLevelConnection } from './stock-level.type';
import { StockMovementConnection } from './stock-movement.type';

@Resolver()
export class StockReportsResolver {
  @Query(() => StockLevelConnection, {
    description: 'Staff: variants whose available stock is at or below their threshold, the emptiest first.',
  })
  lowStock(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<Connection<StockLevelView>> {
    requireStaff(ctx);
    return lowStockConnection(ctx.db, { first, after });
  }

  @Query(() => StockMovementConnection, { description: 'Staff: the stock ledger, newest first.' })
  stockMovements(
    @Arg('variantId', () => ID, {
      nullable: true,
      description: 'Only this variant; every variant when omitted.',
    })
    variantId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<Connection<StockMovementView>> {
    requireStaff(ctx);
    return stockMovementConnection(ctx.db, { variantId, first, after });
  }
}
