import { requireAdmin } from '@msa/subgraph-kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SearchContext } from './context';
import { SearchAnalytics, SearchQueryCount } from './search-result.type';

const toCounts = (rows: { query: string; count: number }[]) =>
  rows.map((row) => Object.assign(new SearchQueryCount(), row));

@Resolver(() => SearchAnalytics)
export class SearchAnalyticsResolver {
  @Query(() => SearchAnalytics, {
    description: 'Top and zero-result queries and click-through rate. Administrators only.',
  })
  async searchAnalytics(
    @Arg('from', () => Date, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the window (exclusive); at most 366 days after `from`.' })
    to: Date,
    @Arg('first', () => Int, { nullable: true, description: 'Rows per list, at most 100; default 10.' })
    first: number | null,
    @Ctx() ctx: SearchContext,
  ): Promise<SearchAnalytics> {
    requireAdmin(ctx);
    const report = await ctx.services.analytics.report(from, to, first);
    return Object.assign(new SearchAnalytics(), {
      ...report,
      topQueries: toCounts(report.topQueries),
      zeroResultQueries: toCounts(report.zeroResultQueries),
    });
  }
}
