import type { EventPayloads } from '@msa/events';
import type { VariantFacts } from '../domain/cart';
import type { CartTx, CartDb } from './database';

/**
 * The cart's read model of variants, fed by product and inventory events. Each half of a row only moves
 * forward in event time, so an event redelivered late cannot overwrite a newer price or stock level.
 */
export class VariantSnapshotRepo {
  constructor(private readonly prisma: CartDb) {}

  /**
   * Pass the transaction when called inside one: a transaction waiting on a cart lock holds a pooled
   * connection, so reading through another connection could wait for a pool that the waiters have drained.
   */
  async findByIds(
    variantIds: Iterable<string>,
    db: CartTx = this.prisma,
  ): Promise<Map<string, VariantFacts>> {
    const ids = [...new Set(variantIds)];
    if (!ids.length) return new Map();
    const rows = await db.variantSnapshot.findMany({
      where: { variantId: { in: ids } },
      select: { variantId: true, price: true, currency: true, purchasable: true, available: true },
    });
    return new Map(rows.map((row) => [row.variantId, row]));
  }

  async applyCatalogChange(
    tx: CartTx,
    change: EventPayloads['product.variant.changed'],
    occurredAt: Date,
  ): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO "variant_snapshots" ("variant_id", "product_id", "sku", "price", "currency", "purchasable", "catalog_at")
      VALUES (${change.variantId}, ${change.productId}, ${change.sku}, ${change.price}, ${change.currency}, ${change.purchasable}, ${occurredAt})
      ON CONFLICT ("variant_id") DO UPDATE SET
        "product_id" = EXCLUDED."product_id", "sku" = EXCLUDED."sku", "price" = EXCLUDED."price",
        "currency" = EXCLUDED."currency", "purchasable" = EXCLUDED."purchasable", "catalog_at" = EXCLUDED."catalog_at"
      WHERE "variant_snapshots"."catalog_at" IS NULL OR "variant_snapshots"."catalog_at" <= EXCLUDED."catalog_at"`;
  }

  async applyStockChange(
    tx: CartTx,
    change: EventPayloads['inventory.stock_changed'],
    occurredAt: Date,
  ): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO "variant_snapshots" ("variant_id", "available", "stock_at")
      VALUES (${change.variantId}, ${change.available}, ${occurredAt})
      ON CONFLICT ("variant_id") DO UPDATE SET "available" = EXCLUDED."available", "stock_at" = EXCLUDED."stock_at"
      WHERE "variant_snapshots"."stock_at" IS NULL OR "variant_snapshots"."stock_at" <= EXCLUDED."stock_at"`;
  }
}
