import { byKeys, type SubgraphContext } from '@msa/subgraph-kit';
import type { CategoryRecord, ImageRecord, ProductRecord, VariantRecord } from '../domain/records';
import type { CategoryRepo } from '../data/category.repo';
import type { ProductRelations, ProductRelationsRepo } from '../data/product-relations.repo';
import type { ProductRepo } from '../data/product.repo';
import type { VariantRepo } from '../data/variant.repo';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

type Ctx = Pick<SubgraphContext, 'loaders'>;

/**
 * Per-request batched lookups: every entity reference and relation field of one operation costs one query
 * per kind, however many items the page holds.
 */
export class CatalogLoaders {
  constructor(
    private readonly repos: {
      products: ProductRepo;
      variants: VariantRepo;
      categories: CategoryRepo;
      relations: ProductRelationsRepo;
    },
  ) {}

  product(ctx: Ctx, id: string): Promise<ProductRecord | null> {
    return ctx.loaders
      .get<
        string,
        ProductRecord | null
      >('Product', async (ids) => byKeys(ids, await this.repos.products.findByIds(ids), (row) => row.id))
      .load(id);
  }

  variant(ctx: Ctx, id: string): Promise<VariantRecord | null> {
    return ctx.loaders
      .get<
        string,
        VariantRecord | null
      >('ProductVariant', async (ids) => byKeys(ids, await this.repos.variants.findByIds(ids), (row) => row.id))
      .load(id);
  }

  category(ctx: Ctx, id: string): Promise<CategoryRecord | null> {
    return ctx.loaders
      .get<
        string,
        CategoryRecord | null
      >('Category', async (ids) => byKeys(ids, await this.repos.categories.findByIds(ids), (row) => row.id))
      .load(id);
  }

  liveVariantsOf(ctx: Ctx, productId: string): Promise<VariantRecord[]> {
    return this.relationsOf(ctx, productId).then((relations) => relations.variants);
  }

  imagesOf(ctx: Ctx, productId: string): Promise<ImageRecord[]> {
    return this.relationsOf(ctx, productId).then((relations) => relations.images);
  }

  /** Variants and images together: a page's products cost one query for both. */
  private relationsOf(ctx: Ctx, productId: string): Promise<ProductRelations> {
    return ctx.loaders
      .get<string, ProductRelations>('Product.relations', async (ids) => {
        const { variants, images } = await this.repos.relations.findByProductIds(ids);
        const variantsOf = groupBy(ids, variants, (row) => row.productId);
        const imagesOf = groupBy(ids, images, (row) => row.productId);
        return ids.map((_, i) => ({ variants: variantsOf[i]!, images: imagesOf[i]! }));
      })
      .load(productId);
  }

  childrenOf(ctx: Ctx, categoryId: string): Promise<CategoryRecord[]> {
    return ctx.loaders
      .get<
        string,
        CategoryRecord[]
      >('Category.children', async (ids) => groupBy(ids, await this.repos.categories.findByParentIds(ids), (row) => row.parentId!))
      .load(categoryId);
  }
}
