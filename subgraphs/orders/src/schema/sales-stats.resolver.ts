import { Money, money, requireStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';

@ObjectType('SalesStats', {
  description: 'Sales over a period, counting orders that were confirmed and not returned.',
})
export class SalesStats {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End of the period (exclusive).' })
  to!: Date;

  @Field(() => Int, { description: 'Orders placed in the period that count as sales.' })
  orderCount!: number;

  @Field(() => Money, { description: 'Sum of their totals.' })
  revenue!: Money;

  @Field(() => Money, { description: 'revenue ÷ orderCount, rounded to the cent; zero without orders.' })
  averageOrderValue!: Money;
}

@Resolver(() => SalesStats)
export class SalesStatsResolver {
  @Query(() => SalesStats, { description: 'Sales figures for a period (staff only).' })
  async salesStats(
    @Arg('from', () => Date, { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the period (exclusive).' }) to: Date,
    @Arg('currency', () => String, {
      nullable: true,
      description: 'Currency of the orders to count; USD by default.',
    })
    currency: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<SalesStats> {
    requireStaff(ctx);
    const stats = await ctx.services.queries.salesStats(from, to, currency ?? undefined);
    return Object.assign(new SalesStats(), {
      from,
      to,
      orderCount: stats.orderCount,
      revenue: money(stats.revenue, stats.currency),
      averageOrderValue: money(stats.averageOrderValue, stats.currency),
    });
  }
}
