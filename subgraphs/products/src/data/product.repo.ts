import type { ProductRecord, ProductStatus } from '../domain/records';
import type { VariantValues } from '../domain/variant-rules';
import { sqlReader, type ProductsDb } from './database';
import { finishProductChange } from './product-change';
import { toVariantData } from './record-mappers';
import { countStatement, pageStatement, type ProductListQuery } from './product-list-query';
import { translateUniqueViolation } from './unique-violation';

export interface ProductValues {
  slug: string;
  name: string;
  description: string;
  status: ProductStatus;
  categoryId: string | null;
}

export class ProductRepo {
  constructor(private readonly db: ProductsDb) {}

  findByIds(ids: readonly string[]): Promise<ProductRecord[]> {
    return this.db.product.findMany({ where: { id: { in: [...ids] } } });
  }

  findById(id: string): Promise<ProductRecord | null> {
    return this.db.product.findUnique({ where: { id } });
  }

  findBySlug(slug: string): Promise<ProductRecord | null> {
    return this.db.product.findUnique({ where: { slug } });
  }

  /** Slugs equal to `base` or numbered from it (`base-2`…), to pick a free one. */
  async slugsLike(base: string): Promise<string[]> {
    const rows = await this.db.product.findMany({
      where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
      select: { slug: true },
    });
    return rows.map((row) => row.slug);
  }

  /**
   * One page (`take` rows, the caller asks for one extra) and the total across pages, in one statement unless
   * the page is empty. Every listing reads this: hand-written SQL (see SqlReader).
   */
  async list(query: ProductListQuery): Promise<{ rows: ProductRecord[]; totalCount: number }> {
    const sql = sqlReader(this.db);
    const page = pageStatement(query);
    const counted = await sql.rows<ProductRecord & { totalCount: number }>(page.text, page.params);
    if (counted.length === 0) {
      const count = countStatement(query);
      const [total] = await sql.rows<{ count: number }>(count.text, count.params);
      return { rows: [], totalCount: total!.count };
    }
    return {
      rows: counted.map(({ totalCount: _total, ...row }) => row),
      totalCount: counted[0]!.totalCount,
    };
  }

  countLiveVariants(productId: string): Promise<number> {
    return this.db.productVariant.count({ where: { productId, removedAt: null } });
  }

  /** Creates the product with its variants and records the events, all in one transaction. */
  create(values: ProductValues, variants: readonly VariantValues[]): Promise<ProductRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        const product = await tx.product.create({ data: values });
        if (variants.length) {
          await tx.productVariant.createMany({
            data: variants.map((variant, position) => ({
              ...toVariantData(variant),
              productId: product.id,
              position,
            })),
          });
        }
        return finishProductChange(tx, product.id, 'all');
      }),
    );
  }

  /**
   * Applies the changes and records the events. A status change alters whether every variant can be bought,
   * so it announces all of them.
   */
  update(id: string, changes: Partial<ProductValues>): Promise<ProductRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        const before = await tx.product.findUniqueOrThrow({ where: { id }, select: { status: true } });
        await tx.product.update({ where: { id }, data: changes });
        const statusChanged = changes.status !== undefined && changes.status !== before.status;
        return finishProductChange(tx, id, statusChanged ? 'all' : []);
      }),
    );
  }
}
