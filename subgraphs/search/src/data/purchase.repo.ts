import { pairDeltas, type ProductPairCount } from '../domain/co-occurrence';
import type { SearchDb, SearchTx } from './database';

interface PurchaseRow {
  product_ids: string[] | null;
  counted: boolean;
  cancelled: boolean;
}

/**
 * Orders as recommendations see them: which products each order held, the co-purchase counts of product
 * pairs, and how often each product was bought. A cancelled order's counts are taken back out, whichever of
 * order.placed and its cancellation arrives first.
 */
export class PurchaseRepo {
  constructor(private readonly db: SearchDb) {}

  /**
   * Records a placed order and counts it, unless its cancellation already arrived. A customer already on the
   * row came from order.claimed, which may overtake this event: the claim wins over the guest who placed it.
   */
  async recordPlaced(
    tx: SearchTx,
    order: { orderId: string; customerId: string; productIds: string[]; placedAt: Date },
  ): Promise<void> {
    const [row] = await tx.$queryRaw<PurchaseRow[]>`
      INSERT INTO "order_purchases" ("order_id", "customer_id", "product_ids", "counted", "cancelled", "placed_at")
      VALUES (${order.orderId}, ${order.customerId}, ${order.productIds}::text[], false, false, ${order.placedAt})
      ON CONFLICT ("order_id") DO UPDATE SET
        "customer_id" = COALESCE("order_purchases"."customer_id", EXCLUDED."customer_id"), "product_ids" = EXCLUDED."product_ids", "placed_at" = EXCLUDED."placed_at"
      RETURNING "product_ids", "counted", "cancelled"`;
    if (!row || row.counted || row.cancelled) return;
    await this.count(tx, order.orderId, order.productIds, 1);
  }

  /**
   * A guest order claimed by a registered customer: what it held now shapes their recommendations. Recorded
   * even before order.placed arrives, which then keeps this customer.
   */
  async recordClaimed(tx: SearchTx, orderId: string, customerId: string, at: Date): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO "order_purchases" ("order_id", "customer_id", "placed_at") VALUES (${orderId}, ${customerId}, ${at})
      ON CONFLICT ("order_id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id"`;
  }

  /** Marks an order cancelled and takes its counts back out if they were in. */
  async recordCancelled(tx: SearchTx, orderId: string, at: Date): Promise<void> {
    const [before] = await tx.$queryRaw<PurchaseRow[]>`
      SELECT "product_ids", "counted", "cancelled" FROM "order_purchases" WHERE "order_id" = ${orderId} FOR UPDATE`;
    await tx.$executeRaw`
      INSERT INTO "order_purchases" ("order_id", "cancelled", "placed_at") VALUES (${orderId}, true, ${at})
      ON CONFLICT ("order_id") DO UPDATE SET "cancelled" = true`;
    if (before?.counted) await this.count(tx, orderId, before.product_ids ?? [], -1);
  }

  private async count(tx: SearchTx, orderId: string, productIds: string[], delta: 1 | -1): Promise<void> {
    await tx.$executeRaw`UPDATE "order_purchases" SET "counted" = ${delta === 1} WHERE "order_id" = ${orderId}`;
    if (!productIds.length) return;
    const ids = [...new Set(productIds)].sort();
    await tx.$executeRaw`
      INSERT INTO "product_popularity" ("product_id", "orders")
      SELECT unnest(${ids}::text[]), ${delta}::int
      ON CONFLICT ("product_id") DO UPDATE SET "orders" = GREATEST("product_popularity"."orders" + EXCLUDED."orders", 0)`;
    const pairs = pairDeltas(ids, delta);
    if (!pairs.length) return;
    await tx.$executeRaw`
      INSERT INTO "product_pairs" ("product_id", "other_id", "orders")
      SELECT p."productId", p."otherId", p."orders"
        FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS p("productId" text, "otherId" text, "orders" int)
       ORDER BY p."productId", p."otherId"
      ON CONFLICT ("product_id", "other_id") DO UPDATE SET "orders" = "product_pairs"."orders" + EXCLUDED."orders"`;
    if (delta < 0) {
      await tx.$executeRaw`DELETE FROM "product_pairs" WHERE "product_id" = ANY(${ids}::text[]) AND "orders" <= 0`;
    }
  }

  /** Co-purchase counts of these products with any other, strongest first, at most `perProduct` each. */
  async pairsOf(productIds: readonly string[], perProduct: number): Promise<ProductPairCount[]> {
    if (!productIds.length) return [];
    const rows = await this.db.$queryRaw<{ product_id: string; other_id: string; orders: number }[]>`
      SELECT n."product_id", n."other_id", n."orders"
        FROM unnest(${[...productIds]}::text[]) AS s("id")
        CROSS JOIN LATERAL (
          SELECT pp."product_id", pp."other_id", pp."orders"
            FROM "product_pairs" pp JOIN "product_facts" f ON f."product_id" = pp."other_id" AND f."status" = 'ACTIVE'
           WHERE pp."product_id" = s."id" AND pp."orders" > 0
           ORDER BY pp."orders" DESC, pp."other_id" ASC
           LIMIT ${perProduct}
        ) n`;
    return rows.map((row) => ({ productId: row.product_id, otherId: row.other_id, orders: row.orders }));
  }

  /** The products a customer bought, most recent orders first, cancelled orders left out. */
  async purchasedBy(customerId: string, limit: number): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ product_id: string }[]>`
      SELECT p."product_id"
        FROM (
          SELECT unnest(o."product_ids") AS "product_id", o."placed_at"
            FROM "order_purchases" o
           WHERE o."customer_id" = ${customerId} AND NOT o."cancelled"
        ) p
       GROUP BY p."product_id"
       ORDER BY max(p."placed_at") DESC, p."product_id" ASC
       LIMIT ${limit}`;
    return rows.map((row) => row.product_id);
  }

  /** ACTIVE products by how often they were bought, then viewed; products with neither are not popular. */
  async popular(limit: number, categoryIds: readonly string[] = []): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ product_id: string }[]>`
      SELECT p."product_id"
        FROM "product_popularity" p JOIN "product_facts" f ON f."product_id" = p."product_id"
       WHERE f."status" = 'ACTIVE' AND (p."orders" > 0 OR p."views" > 0)
       ORDER BY (f."category_ids" && ${[...categoryIds]}::text[]) DESC, p."orders" DESC, p."views" DESC, p."product_id" ASC
       LIMIT ${limit}`;
    return rows.map((row) => row.product_id);
  }
}
