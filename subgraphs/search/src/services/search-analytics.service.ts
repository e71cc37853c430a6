import type { Identity } from '@msa/auth';
import { badUserInput, forbidden, pageSize, userError, type UserError } from '@msa/subgraph-kit';
import { isUuid } from '../data/database';
import type { QueryCount, SearchLogRepo } from '../data/search-log.repo';
import {
  analyticsWindowProblem,
  clickThroughRate,
  DEFAULT_ANALYTICS_ROWS,
  MAX_ANALYTICS_ROWS,
} from '../domain/search-analytics';

export interface SearchAnalyticsReport {
  from: Date;
  to: Date;
  totalSearches: number;
  totalClicks: number;
  topQueries: QueryCount[];
  zeroResultQueries: QueryCount[];
  clickThroughRate: number;
}

/** Clicks on search results, and the admin report built from the search log. */
export class SearchAnalyticsService {
  constructor(private readonly searchLog: SearchLogRepo) {}

  /**
   * Records that the caller opened `productId` from the results of `searchId`. Anyone may report clicks on
   * an anonymous search; a signed-in user's search accepts clicks from that user only.
   */
  async recordClick(identity: Identity | null, searchId: string, productId: string): Promise<UserError[]> {
    if (!isUuid(searchId)) return [userError('SEARCH_NOT_FOUND', 'No search has this id', ['searchId'])];
    if (!productId.trim() || productId.length > 100) {
      return [
        userError('INVALID_PRODUCT_ID', 'A product id is required (at most 100 characters)', ['productId']),
      ];
    }
    const search = await this.searchLog.find(searchId);
    if (!search) return [userError('SEARCH_NOT_FOUND', 'No search has this id', ['searchId'])];
    if (search.userId !== null && search.userId !== identity?.userId) {
      throw forbidden('This search was made by another user');
    }
    await this.searchLog.recordClick(searchId, productId.trim());
    return [];
  }

  async report(from: Date, to: Date, first: number | null | undefined): Promise<SearchAnalyticsReport> {
    const problem = analyticsWindowProblem(from, to);
    if (problem) throw badUserInput(problem, ['from']);
    const rows = pageSize(first ?? DEFAULT_ANALYTICS_ROWS, MAX_ANALYTICS_ROWS);
    const [topQueries, zeroResultQueries, totals] = await Promise.all([
      this.searchLog.topQueries(from, to, rows, false),
      this.searchLog.topQueries(from, to, rows, true),
      this.searchLog.totals(from, to),
    ]);
    return {
      from,
      to,
      totalSearches: totals.searches,
      totalClicks: totals.clicks,
      topQueries,
      zeroResultQueries,
      clickThroughRate: clickThroughRate(totals),
    };
  }
}
