import type { EventPayloads } from '@msa/events';
import type { CatalogFacts } from '../domain/product-facts';
import type { ProductFactsRecord, VariantFactsRecord } from '../domain/search-document';
import type { SearchDb, SearchTx } from './database';

interface ProductFactsRow {
  product_id: string;
  status: string;
  slug: string | null;
  name: string | null;
  description: string | null;
  category_ids: string[] | null;
  category_path: string[] | null;
  listed_at: Date;
  rating_average: number | null;
  rating_bayesian: number | null;
  rating_count: number;
  version: bigint;
}

interface VariantFactsRow {
  variant_id: string;
  product_id: string | null;
  price: number | null;
  currency: string | null;
  purchasable: boolean;
  available: number | null;
}

/**
 * The read model search builds documents from, fed by events. Each group of columns only moves forward in
 * event time, so a late redelivery of an older event cannot overwrite newer facts; every accepted change
 * bumps the product's version, which orders the writes to the engine.
 */
export class ProductFactsRepo {
  constructor(private readonly db: SearchDb) {}

  /** Returns the product id when the event changed anything (it was not older than the facts held). */
  async applyCatalog(tx: SearchTx, facts: CatalogFacts, occurredAt: Date): Promise<string[]> {
    const rows = await tx.$queryRaw<{ product_id: string }[]>`
      INSERT INTO "product_facts" ("product_id", "status", "slug", "name", "description", "category_ids", "category_path", "listed_at", "catalog_at", "version")
      VALUES (${facts.productId}, ${facts.status}, ${facts.slug}, ${facts.name}, ${facts.description},
              ${facts.categoryIds}::text[], ${facts.categoryPath}::text[], ${occurredAt}, ${occurredAt}, 1)
      ON CONFLICT ("product_id") DO UPDATE SET
        "status" = EXCLUDED."status",
        "slug" = COALESCE(EXCLUDED."slug", "product_facts"."slug"),
        "name" = COALESCE(EXCLUDED."name", "product_facts"."name"),
        "description" = COALESCE(EXCLUDED."description", "product_facts"."description"),
        "category_ids" = EXCLUDED."category_ids",
        "category_path" = EXCLUDED."category_path",
        "listed_at" = LEAST("product_facts"."listed_at", EXCLUDED."listed_at"),
        "catalog_at" = EXCLUDED."catalog_at",
        "version" = "product_facts"."version" + 1
      WHERE "product_facts"."catalog_at" IS NULL OR "product_facts"."catalog_at" <= EXCLUDED."catalog_at"
      RETURNING "product_id"`;
    return rows.map((row) => row.product_id);
  }

  /** A rating may arrive before the product itself; the row then waits, unsearchable, for product.changed. */
  async applyRating(
    tx: SearchTx,
    rating: EventPayloads['product.rating_changed'],
    occurredAt: Date,
  ): Promise<string[]> {
    const rows = await tx.$queryRaw<{ product_id: string }[]>`
      INSERT INTO "product_facts" ("product_id", "listed_at", "rating_average", "rating_bayesian", "rating_count", "rating_at", "version")
      VALUES (${rating.productId}, ${occurredAt}, ${rating.average}, ${rating.bayesianAverage}, ${rating.count}, ${occurredAt}, 1)
      ON CONFLICT ("product_id") DO UPDATE SET
        "rating_average" = EXCLUDED."rating_average", "rating_bayesian" = EXCLUDED."rating_bayesian",
        "rating_count" = EXCLUDED."rating_count", "rating_at" = EXCLUDED."rating_at",
        "version" = "product_facts"."version" + 1
      WHERE "product_facts"."rating_at" IS NULL OR "product_facts"."rating_at" <= EXCLUDED."rating_at"
      RETURNING "product_id"`;
    return rows.map((row) => row.product_id);
  }

  /** Returns the variant's product when the event changed anything. */
  async applyVariant(
    tx: SearchTx,
    change: EventPayloads['product.variant.changed'],
    occurredAt: Date,
  ): Promise<string[]> {
    const rows = await tx.$queryRaw<{ product_id: string }[]>`
      INSERT INTO "variant_facts" ("variant_id", "product_id", "price", "currency", "purchasable", "catalog_at")
      VALUES (${change.variantId}, ${change.productId}, ${change.price}, ${change.currency}, ${change.purchasable}, ${occurredAt})
      ON CONFLICT ("variant_id") DO UPDATE SET
        "product_id" = EXCLUDED."product_id", "price" = EXCLUDED."price", "currency" = EXCLUDED."currency",
        "purchasable" = EXCLUDED."purchasable", "catalog_at" = EXCLUDED."catalog_at"
      WHERE "variant_facts"."catalog_at" IS NULL OR "variant_facts"."catalog_at" <= EXCLUDED."catalog_at"
      RETURNING "product_id"`;
    return this.touchProducts(
      tx,
      rows.map((row) => row.product_id),
    );
  }

  /** Returns the variant's product (when known yet) when the event changed anything. */
  async applyStock(
    tx: SearchTx,
    change: EventPayloads['inventory.stock_changed'],
    occurredAt: Date,
  ): Promise<string[]> {
    const rows = await tx.$queryRaw<{ product_id: string | null }[]>`
      INSERT INTO "variant_facts" ("variant_id", "available", "stock_at")
      VALUES (${change.variantId}, ${change.available}, ${occurredAt})
      ON CONFLICT ("variant_id") DO UPDATE SET "available" = EXCLUDED."available", "stock_at" = EXCLUDED."stock_at"
      WHERE "variant_facts"."stock_at" IS NULL OR "variant_facts"."stock_at" <= EXCLUDED."stock_at"
      RETURNING "product_id"`;
    return this.touchProducts(
      tx,
      rows.flatMap((row) => (row.product_id ? [row.product_id] : [])),
    );
  }

  /** A variant's change changes its product's document: bump the product's version (when search knows it). */
  private async touchProducts(tx: SearchTx, productIds: string[]): Promise<string[]> {
    if (!productIds.length) return [];
    await tx.$executeRaw`UPDATE "product_facts" SET "version" = "version" + 1 WHERE "product_id" = ANY(${productIds}::text[])`;
    return productIds;
  }

  /** The facts of these products and of all their variants, for building documents. */
  /** `reader` reads inside the caller's transaction (one Postgres transaction instead of one per query). */
  async load(
    productIds: readonly string[],
    reader?: SearchTx,
  ): Promise<{ products: ProductFactsRecord[]; variants: VariantFactsRecord[] }> {
    if (!productIds.length) return { products: [], variants: [] };
    const ids = [...productIds];
    const client = reader ?? this.db;
    const productsQuery = () => client.$queryRaw<ProductFactsRow[]>`
        SELECT "product_id", "status", "slug", "name", "description", "category_ids", "category_path", "listed_at",
               "rating_average", "rating_bayesian", "rating_count", "version"
          FROM "product_facts" WHERE "product_id" = ANY(${ids}::text[])`;
    const variantsQuery = () => client.$queryRaw<VariantFactsRow[]>`
        SELECT "variant_id", "product_id", "price", "currency", "purchasable", "available"
          FROM "variant_facts" WHERE "product_id" = ANY(${ids}::text[])`;
    // A transaction runs its statements one at a time on its connection.
    const [products, variants] = reader
      ? [await productsQuery(), await variantsQuery()]
      : await Promise.all([productsQuery(), variantsQuery()]);
    return {
      products: products.map((row) => ({
        productId: row.product_id,
        status: row.status,
        slug: row.slug,
        name: row.name,
        description: row.description,
        categoryIds: row.category_ids ?? [],
        categoryPath: row.category_path ?? [],
        listedAt: row.listed_at,
        ratingAverage: row.rating_average,
        ratingBayesian: row.rating_bayesian,
        ratingCount: row.rating_count,
        version: Number(row.version),
      })),
      variants: variants.map((row) => ({
        variantId: row.variant_id,
        productId: row.product_id,
        price: row.price,
        currency: row.currency,
        purchasable: row.purchasable,
        available: row.available,
      })),
    };
  }

  /** Which of these products are searchable now (ACTIVE), in the order given. */
  async activeIds(productIds: readonly string[]): Promise<string[]> {
    if (!productIds.length) return [];
    const rows = await this.db.$queryRaw<{ product_id: string }[]>`
      SELECT "product_id" FROM "product_facts" WHERE "product_id" = ANY(${[...productIds]}::text[]) AND "status" = 'ACTIVE'`;
    const active = new Set(rows.map((row) => row.product_id));
    return productIds.filter((id) => active.has(id));
  }

  /** Which product each of these variants belongs to, as far as search has heard. */
  async productsOfVariants(tx: SearchTx, variantIds: readonly string[]): Promise<Map<string, string>> {
    if (!variantIds.length) return new Map();
    const rows = await tx.$queryRaw<{ variant_id: string; product_id: string }[]>`
      SELECT "variant_id", "product_id" FROM "variant_facts"
       WHERE "variant_id" = ANY(${[...variantIds]}::text[]) AND "product_id" IS NOT NULL`;
    return new Map(rows.map((row) => [row.variant_id, row.product_id]));
  }
}
