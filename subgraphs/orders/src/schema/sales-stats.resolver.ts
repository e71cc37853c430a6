import { Money, money, requireStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { SALES_INTERVALS, type SalesInterval as SalesIntervalName } from '../domain/sales-series';
import type { OrdersContext } from './context';

export const SalesInterval = Object.fromEntries(SALES_INTERVALS.map((value) => [value, value])) as {
  [I in SalesIntervalName]: I;
};

registerEnumType(SalesInterval, {
  name: 'SalesInterval',
  description: 'How salesStats.series is cut; periods are in UTC.',
  valuesConfig: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
  },
});

@ObjectType('SalesPeriod', { description: 'Sales of one period of salesStats.series.' })
export class SalesPeriod {
  @Field(() => Date, {
    description:
      'Start of the period (UTC midnight; Monday for weeks, the 1st for months). The first and last periods may extend beyond from/to; only what falls inside [from, to) is counted.',
  })
  periodStart!: Date;

  @Field(() => Int, {
    description:
      'Orders placed in the period that were confirmed (paid), including ones returned or refunded since.',
  })
  orders!: number;

  @Field(() => Money, { description: 'Sum of those orders’ totals (shipping included), before refunds.' })
  revenue!: Money;

  @Field(() => Money, {
    description:
      'Money paid back in the period (returns, partial refunds by administrators) on orders that were sales; revenue − refunds is the net.',
  })
  refunds!: Money;

  @Field(() => Money, { description: 'revenue ÷ orders, rounded to the cent; zero without orders.' })
  averageOrderValue!: Money;
}

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

  @Field(() => [SalesPeriod], {
    description:
      'The period cut by `interval`, oldest first; every period is present, with zeros when nothing was sold.',
  })
  series!: SalesPeriod[];
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
    @Arg('interval', () => SalesInterval, {
      nullable: true,
      description: 'How `series` is cut: DAY (default), WEEK or MONTH, in UTC.',
    })
    interval: SalesIntervalName | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<SalesStats> {
    requireStaff(ctx);
    const stats = await ctx.services.queries.salesStats(
      from,
      to,
      currency ?? undefined,
      interval ?? undefined,
    );
    const amount = (value: number) => money(value, stats.currency);
    return Object.assign(new SalesStats(), {
      from,
      to,
      orderCount: stats.orderCount,
      revenue: money(stats.revenue, stats.currency),
      averageOrderValue: money(stats.averageOrderValue, stats.currency),
      series: stats.series.map((period) =>
        Object.assign(new SalesPeriod(), {
          periodStart: period.periodStart,
          orders: period.orders,
          revenue: amount(period.revenue),
          refunds: amount(period.refunds),
          averageOrderValue: amount(period.averageOrderValue),
        }),
      ),
    });
  }
}
