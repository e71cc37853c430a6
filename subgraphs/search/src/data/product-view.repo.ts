import { inTransaction, type SearchDb } from './database';

/** Products signed-in users looked at, and the view counts behind the popular fallback. */
export class ProductViewRepo {
  constructor(private readonly db: SearchDb) {}

  async record(userId: string, productId: string, at: Date): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "product_views" ("user_id", "product_id", "views", "last_viewed_at")
        VALUES (${userId}, ${productId}, 1, ${at})
        ON CONFLICT ("user_id", "product_id") DO UPDATE SET
          "views" = "product_views"."views" + 1,
          "last_viewed_at" = GREATEST("product_views"."last_viewed_at", EXCLUDED."last_viewed_at")`;
      await tx.$executeRaw`
        INSERT INTO "product_popularity" ("product_id", "views") VALUES (${productId}, 1)
        ON CONFLICT ("product_id") DO UPDATE SET "views" = "product_popularity"."views" + 1`;
    });
  }

  /** The user's most recently viewed products. */
  async recentlyViewedBy(userId: string, limit: number): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ product_id: string }[]>`
      SELECT "product_id" FROM "product_views" WHERE "user_id" = ${userId}
       ORDER BY "last_viewed_at" DESC, "product_id" ASC LIMIT ${limit}`;
    return rows.map((row) => row.product_id);
  }
}
