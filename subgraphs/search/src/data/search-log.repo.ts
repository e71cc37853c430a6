import { toNumber, type SearchDb } from './database';

export interface LoggedSearch {
  id: string;
  query: string;
  normalized: string;
  resultCount: number;
  userId: string | null;
}

export interface QueryCount {
  query: string;
  count: number;
}

export interface SearchTotals {
  searches: number;
  searchesWithClicks: number;
  clicks: number;
}

/** The search log behind the admin analytics: one row per search (first page), one per clicked result. */
export class SearchLogRepo {
  constructor(private readonly db: SearchDb) {}

  async record(search: LoggedSearch): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO "search_queries" ("id", "query", "normalized", "result_count", "user_id")
      VALUES (${search.id}::uuid, ${search.query}, ${search.normalized}, ${search.resultCount}, ${search.userId})`;
  }

  async find(searchId: string): Promise<{ id: string; userId: string | null } | null> {
    const [row] = await this.db.$queryRaw<{ id: string; user_id: string | null }[]>`
      SELECT "id"::text AS "id", "user_id" FROM "search_queries" WHERE "id" = ${searchId}::uuid`;
    return row ? { id: row.id, userId: row.user_id } : null;
  }

  /** A second click on the same result of the same search counts once. */
  async recordClick(searchId: string, productId: string): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO "search_clicks" ("search_id", "product_id") VALUES (${searchId}::uuid, ${productId})
      ON CONFLICT DO NOTHING`;
  }

  /** Most frequent normalized queries in [from, to); `zeroResults` keeps only searches that found nothing. */
  async topQueries(from: Date, to: Date, limit: number, zeroResults: boolean): Promise<QueryCount[]> {
    const rows = await this.db.$queryRaw<{ query: string; count: bigint }[]>`
      SELECT "normalized" AS "query", count(*) AS "count"
        FROM "search_queries"
       WHERE "created_at" >= ${from} AND "created_at" < ${to} AND "normalized" <> ''
         AND (NOT ${zeroResults}::boolean OR "result_count" = 0)
       GROUP BY "normalized"
       ORDER BY count(*) DESC, "normalized" ASC
       LIMIT ${limit}`;
    return rows.map((row) => ({ query: row.query, count: toNumber(row.count) }));
  }

  async totals(from: Date, to: Date): Promise<SearchTotals> {
    const [row] = await this.db.$queryRaw<{ searches: bigint; with_clicks: bigint; clicks: bigint }[]>`
      SELECT count(*) AS "searches",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "search_clicks" c WHERE c."search_id" = q."id")) AS "with_clicks",
             (SELECT count(*) FROM "search_clicks" c JOIN "search_queries" s ON s."id" = c."search_id"
               WHERE s."created_at" >= ${from} AND s."created_at" < ${to}) AS "clicks"
        FROM "search_queries" q
       WHERE q."created_at" >= ${from} AND q."created_at" < ${to}`;
    return {
      searches: toNumber(row?.searches),
      searchesWithClicks: toNumber(row?.with_clicks),
      clicks: toNumber(row?.clicks),
    };
  }
}
