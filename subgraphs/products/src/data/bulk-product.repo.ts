import type { EventName, EventPayloads } from '@msa/events';
import type { ProductsDb } from './database';

export interface BulkProductRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  categoryId: string;
  minPrice: number;
  maxPrice: number;
}

export interface BulkVariantRow {
  id: string;
  productId: string;
  sku: string;
  title: string;
  options: { name: string; value: string }[];
  price: number;
  weightGrams: number;
  position: number;
}

export interface BulkEvent<E extends EventName = EventName> {
  /** A stable outbox id, so writing the same event twice keeps one row. */
  id: string;
  productId: string;
  name: E;
  payload: EventPayloads[E];
}

/**
 * Writes many ACTIVE products at once for load tests: three statements per batch instead of one
 * transaction per product. Rows are passed as one JSON document each (`jsonb_to_recordset`) rather than
 * thousands of bound parameters.
 */
export class BulkProductRepo {
  constructor(private readonly db: ProductsDb) {}

  /**
   * Inserts the products whose ids are free, their variants and the events of exactly those products, in one
   * transaction. Returns the number of products inserted; ids already present are left untouched.
   */
  insertActiveProducts(
    products: BulkProductRow[],
    variants: BulkVariantRow[],
    events: BulkEvent[],
  ): Promise<number> {
    return this.db.$transaction(
      async (tx) => {
        const inserted = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "products" ("id", "slug", "name", "description", "status", "category_id", "min_price", "max_price", "created_at", "updated_at")
          SELECT r."id", r."slug", r."name", r."description", 'ACTIVE'::"ProductStatus", r."categoryId", r."minPrice", r."maxPrice", now(), now()
            FROM jsonb_to_recordset(${JSON.stringify(products)}::jsonb)
              AS r("id" text, "slug" text, "name" text, "description" text, "categoryId" text, "minPrice" int, "maxPrice" int)
          ON CONFLICT DO NOTHING
          RETURNING "id"`;
        const fresh = new Set(inserted.map((row) => row.id));
        if (!fresh.size) return 0;
        const freshVariants = variants.filter((variant) => fresh.has(variant.productId));
        await tx.$executeRaw`
          INSERT INTO "product_variants" ("id", "product_id", "sku", "title", "options", "price", "weight_grams", "position", "created_at", "updated_at")
          SELECT r."id", r."productId", r."sku", r."title", r."options", r."price", r."weightGrams", r."position", now(), now()
            FROM jsonb_to_recordset(${JSON.stringify(freshVariants)}::jsonb)
              AS r("id" text, "productId" text, "sku" text, "title" text, "options" jsonb, "price" int, "weightGrams" int, "position" int)`;
        const freshEvents = events
          .filter((event) => fresh.has(event.productId))
          .map((event) => ({ id: event.id, name: event.name, payload: event.payload }));
        await tx.$executeRaw`
          INSERT INTO "outbox" ("id", "kind", "name", "payload")
          SELECT r."id", 'event', r."name", r."payload"
            FROM jsonb_to_recordset(${JSON.stringify(freshEvents)}::jsonb) AS r("id" uuid, "name" text, "payload" jsonb)
          ON CONFLICT ("id") DO NOTHING`;
        return fresh.size;
      },
      { timeout: 60_000 },
    );
  }
}
