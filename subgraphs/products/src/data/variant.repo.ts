import type { ProductVariant } from '../__generated__/prisma/client';
import type { VariantRecord } from '../domain/records';
import type { VariantValues } from '../domain/variant-rules';
import { sqlReader, type ProductsDb } from './database';
import { finishProductChange, lockProduct } from './product-change';
import { toVariantData, toVariantRecord } from './record-mappers';
import { translateUniqueViolation } from './unique-violation';

/** A variant row as Prisma names its fields. */
export const VARIANT_COLUMNS = `"id", "product_id" AS "productId", "sku", "title", "options", "price",
  "compare_at_price" AS "compareAtPrice", "weight_grams" AS "weightGrams", "position", "removed_at" AS "removedAt",
  "created_at" AS "createdAt", "updated_at" AS "updatedAt"`;

/** The live variants of the products `$1`. */
export const FROM_LIVE_VARIANTS_OF_PRODUCTS = `FROM "public"."product_variants" WHERE "product_id" = ANY($1::text[]) AND "removed_at" IS NULL`;

const LIVE_VARIANTS_OF_PRODUCTS = `SELECT ${VARIANT_COLUMNS} ${FROM_LIVE_VARIANTS_OF_PRODUCTS}
  ORDER BY "position" ASC, "created_at" ASC, "id" ASC`;

export class VariantRepo {
  constructor(private readonly db: ProductsDb) {}

  /** Includes removed variants: orders and carts still resolve what they reference. */
  async findByIds(ids: readonly string[]): Promise<VariantRecord[]> {
    return (await this.db.productVariant.findMany({ where: { id: { in: [...ids] } } })).map(toVariantRecord);
  }

  async findById(id: string): Promise<VariantRecord | null> {
    const row = await this.db.productVariant.findUnique({ where: { id } });
    return row ? toVariantRecord(row) : null;
  }

  /**
   * The variants shoppers can pick, in display order, for many products in one query. Every listing reads this:
   * hand-written SQL (see SqlReader).
   */
  async findLiveByProductIds(productIds: readonly string[]): Promise<VariantRecord[]> {
    const rows = await sqlReader(this.db).rows<ProductVariant>(LIVE_VARIANTS_OF_PRODUCTS, [productIds]);
    return rows.map(toVariantRecord);
  }

  /** Which of these SKUs exist already, removed variants included (their SKU stays reserved). */
  async takenSkus(skus: readonly string[], exceptVariantId?: string): Promise<string[]> {
    const rows = await this.db.productVariant.findMany({
      where: { sku: { in: [...skus] }, ...(exceptVariantId && { id: { not: exceptVariantId } }) },
      select: { sku: true },
    });
    return rows.map((row) => row.sku);
  }

  add(productId: string, values: VariantValues): Promise<VariantRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        await lockProduct(tx, productId);
        const { _max } = await tx.productVariant.aggregate({
          where: { productId },
          _max: { position: true },
        });
        const position = (_max.position ?? -1) + 1;
        const row = await tx.productVariant.create({
          data: { ...toVariantData(values), productId, position },
        });
        await finishProductChange(tx, productId, [row.id]);
        return toVariantRecord(row);
      }),
    );
  }

  update(id: string, values: VariantValues): Promise<VariantRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        const row = await tx.productVariant.update({ where: { id }, data: toVariantData(values) });
        await finishProductChange(tx, row.productId, [row.id]);
        return toVariantRecord(row);
      }),
    );
  }

  /** Marks the variant removed (it stops being purchasable) and announces it. */
  remove(id: string): Promise<VariantRecord> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.productVariant.update({ where: { id }, data: { removedAt: new Date() } });
      await finishProductChange(tx, row.productId, [row.id]);
      return toVariantRecord(row);
    });
  }
}
