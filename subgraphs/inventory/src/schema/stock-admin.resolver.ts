import { requireAdmin, UserError, userError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { adjustStock, setLowStockThreshold } from '../services/adjust-stock';
import type { StockLevelView, StockMovementView } from '../services/stock-views';
import type { InventoryContext } from './context';
import { StockLevel } from './stock-level.type';
import { StockMovement } from './stock-movement.type';

@ObjectType('AdjustStockPayload', { description: 'Result of adjustStock.' })
class AdjustStockPayload {
  @Field(() => StockLevel, {
    nullable: true,
    description: 'Stock after the adjustment (or as it is, when refused).',
  })
  stock!: StockLevelView | null;

  @Field(() => StockMovement, {
    nullable: true,
    description: 'The ledger entry the adjustment wrote; null when refused.',
  })
  movement!: StockMovementView | null;

  @Field(() => [UserError], {
    description: 'INSUFFICIENT_STOCK when the shelf would drop below zero or below what is reserved.',
  })
  userErrors!: UserError[];
}

@ObjectType('SetLowStockThresholdPayload', { description: 'Result of setLowStockThreshold.' })
class SetLowStockThresholdPayload {
  @Field(() => StockLevel, { nullable: true, description: 'Stock with its new threshold.' })
  stock!: StockLevelView | null;

  @Field(() => [UserError], {
    description: 'Expected business failures; none can happen today (bad input is a BAD_USER_INPUT error).',
  })
  userErrors!: UserError[];
}

@Resolver()
export class StockAdminResolver {
  @Mutation(() => AdjustStockPayload, {
    description:
      'Administrators: changes the units on hand by a signed delta (a delivery, a count correction, damage) and records it in the ledger. Creates the stock of a variant that has none.',
  })
  async adjustStock(
    @Arg('variantId', () => ID, { description: 'Variant whose stock changes.' }) variantId: string,
    @Arg('delta', () => Int, { description: 'Units to add (positive) or remove (negative); not zero.' })
    delta: number,
    @Arg('reason', () => String, {
      description: 'Why, in a few words; kept in the ledger (1-500 characters).',
    })
    reason: string,
    @Ctx() ctx: InventoryContext,
  ): Promise<AdjustStockPayload> {
    const admin = requireAdmin(ctx);
    const outcome = await adjustStock(ctx.db, { variantId, delta, reason, actorId: admin.userId });
    return outcome.ok
      ? { stock: outcome.stock, movement: outcome.movement, userErrors: [] }
      : {
          stock: outcome.stock,
          movement: null,
          userErrors: [userError(outcome.code, outcome.message, ['delta'])],
        };
  }

  @Mutation(() => SetLowStockThresholdPayload, {
    description:
      'Administrators: sets the available level at or below which the variant counts as low on stock.',
  })
  async setLowStockThreshold(
    @Arg('variantId', () => ID, { description: 'Variant whose threshold changes.' }) variantId: string,
    @Arg('threshold', () => Int, { description: 'Zero or more units.' }) threshold: number,
    @Ctx() ctx: InventoryContext,
  ): Promise<SetLowStockThresholdPayload> {
    requireAdmin(ctx);
    return { stock: await setLowStockThreshold(ctx.db, { variantId, threshold }), userErrors: [] };
  }
}
