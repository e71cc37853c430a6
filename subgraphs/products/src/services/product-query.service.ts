import type { Identity } from '@msa/auth';
import { isStaffOrAdmin } from '@msa/auth';
import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  pageSize,
  toConnection,
  type Connection,
} from '@msa/subgraph-kit';
import { subtreeIds } from '../domain/category-tree';
import { cursorOf, isProductCursor, type ProductSort } from '../domain/product-sort';
import { canSeeProduct, visibleStatuses } from '../domain/product-visibility';
import type { ProductRecord, ProductStatus, VariantRecord } from '../domain/records';
import type { CategoryRepo } from '../data/category.repo';
import type { ProductRepo } from '../data/product.repo';
import type { VariantRepo } from '../data/variant.repo';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_VARIANT_LOOKUP = 100;

export interface ProductFilterArgs {
  categoryId?: string | null;
  status?: ProductStatus | null;
  minPrice?: number | null;
  maxPrice?: number | null;
  search?: string | null;
}

export interface ProductListArgs {
  first?: number | null;
  after?: string | null;
  filter?: ProductFilterArgs | null;
  sort?: ProductSort | null;
}

function checkedPrice(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0)
    throw badUserInput(`"${field}" must be a whole number of cents, 0 or more`, ['filter', field]);
  return value;
}

/** Reads of the product catalog, with the visibility rules of the caller applied. */
export class ProductQueryService {
  constructor(
    private readonly products: ProductRepo,
    private readonly categories: CategoryRepo,
    private readonly variants: VariantRepo,
  ) {}

  async findOne(
    identity: Identity | null,
    by: { id?: string | null; slug?: string | null },
  ): Promise<ProductRecord | null> {
    if (Boolean(by.id) === Boolean(by.slug)) throw badUserInput('Give exactly one of "id" or "slug"');
    const product = by.id ? await this.products.findById(by.id) : await this.products.findBySlug(by.slug!);
    return product && canSeeProduct(identity, product.status) ? product : null;
  }

  async list(identity: Identity | null, args: ProductListArgs): Promise<Connection<ProductRecord>> {
    const take = pageSize(args.first);
    const sort = args.sort ?? 'NEWEST';
    const filter = args.filter ?? {};
    const statuses = visibleStatuses(identity, filter.status);
    if (!statuses) throw forbidden('Only staff can list products that are not ACTIVE');
    const minPrice = checkedPrice(filter.minPrice, 'minPrice');
    const maxPrice = checkedPrice(filter.maxPrice, 'maxPrice');
    if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
      throw badUserInput('"minPrice" must not be above "maxPrice"', ['filter', 'minPrice']);
    }
    const search = filter.search?.trim() || null;
    if (search && search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`"search" must be at most ${MAX_SEARCH_LENGTH} characters`, ['filter', 'search']);
    }
    const after = args.after ? decodeCursor(args.after, isProductCursor) : null;
    if (after && after.sort !== sort)
      throw badUserInput('"after" is a cursor of a different sort order', ['after']);
    const categoryIds = filter.categoryId
      ? subtreeIds(await this.categories.findAll(), filter.categoryId)
      : null;
    if (categoryIds?.length === 0) return toConnection([], take, 0, () => '');

    const { rows, totalCount } = await this.products.list({
      statuses,
      categoryIds,
      minPrice,
      maxPrice,
      search,
      sort,
      after,
      take: take + 1,
    });
    return toConnection(rows, take, totalCount, (product) => encodeCursor(cursorOf(sort, product)));
  }

  /**
   * Variants by id in the order asked, null where unknown. Customers get null for removed variants and for
   * variants of products that are not live; staff see everything.
   */
  async variantsByIds(identity: Identity | null, ids: readonly string[]): Promise<(VariantRecord | null)[]> {
    if (ids.length > MAX_VARIANT_LOOKUP)
      throw badUserInput(`At most ${MAX_VARIANT_LOOKUP} ids at once`, ['ids']);
    const variants = await this.variants.findByIds(ids);
    const products = await this.products.findByIds([
      ...new Set(variants.map((variant) => variant.productId)),
    ]);
    const statusOf = new Map(products.map((product) => [product.id, product.status]));
    const byId = new Map(variants.map((variant) => [variant.id, variant]));
    const staff = isStaffOrAdmin(identity);
    return ids.map((id) => {
      const variant = byId.get(id);
      if (!variant) return null;
      if (staff) return variant;
      return variant.removedAt === null && statusOf.get(variant.productId) === 'ACTIVE' ? variant : null;
    });
  }
}
