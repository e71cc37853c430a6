import { publishEvent } from '@msa/events';
import type { CategoryRecord } from '../domain/records';
import type { ProductsDb, ProductsTx } from './database';
import { translateUniqueViolation } from './unique-violation';

export interface CategoryValues {
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
}

export class CategoryRepo {
  constructor(private readonly db: ProductsDb) {}

  /** The whole tree; catalogs have tens to hundreds of categories, so one read beats recursive queries. */
  findAll(): Promise<CategoryRecord[]> {
    return this.db.category.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  findByIds(ids: readonly string[]): Promise<CategoryRecord[]> {
    return this.db.category.findMany({ where: { id: { in: [...ids] } } });
  }

  findById(id: string): Promise<CategoryRecord | null> {
    return this.db.category.findUnique({ where: { id } });
  }

  findBySlug(slug: string): Promise<CategoryRecord | null> {
    return this.db.category.findUnique({ where: { slug } });
  }

  findRoots(): Promise<CategoryRecord[]> {
    return this.db.category.findMany({
      where: { parentId: null },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  findByParentIds(parentIds: readonly string[]): Promise<CategoryRecord[]> {
    return this.db.category.findMany({
      where: { parentId: { in: [...parentIds] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  /** Slugs equal to `base` or numbered from it (`base-2`…), to pick a free one. */
  async slugsLike(base: string): Promise<string[]> {
    const rows = await this.db.category.findMany({
      where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
      select: { slug: true },
    });
    return rows.map((row) => row.slug);
  }

  /** Each write records `category.changed` in the same transaction, so cached catalog answers are purged. */
  create(values: CategoryValues): Promise<CategoryRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) => changed(tx, await tx.category.create({ data: values }))),
    );
  }

  update(id: string, values: Partial<CategoryValues>): Promise<CategoryRecord> {
    return translateUniqueViolation(() =>
      this.db.$transaction(async (tx) =>
        changed(tx, await tx.category.update({ where: { id }, data: values })),
      ),
    );
  }

  /** False when a product or subcategory was attached after the caller checked (the foreign keys refuse). */
  async delete(id: string): Promise<boolean> {
    try {
      await this.db.$transaction(async (tx) => changed(tx, await tx.category.delete({ where: { id } })));
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'P2003') return false;
      throw error;
    }
  }

  /** What still hangs off a category: products of any status and child categories. */
  async usage(id: string): Promise<{ products: number; children: number }> {
    const [products, children] = await Promise.all([
      this.db.product.count({ where: { categoryId: id } }),
      this.db.category.count({ where: { parentId: id } }),
    ]);
    return { products, children };
  }
}

async function changed(tx: ProductsTx, category: CategoryRecord): Promise<CategoryRecord> {
  await publishEvent(tx, 'category.changed', { categoryId: category.id });
  return category;
}
