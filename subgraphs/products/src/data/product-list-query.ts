import type { Prisma } from '../__generated__/prisma/client';
import type { ProductCursor, ProductSort } from '../domain/product-sort';
import type { ProductStatus } from '../domain/records';

/** A product list request after authorization and validation. */
export interface ProductListQuery {
  statuses: ProductStatus[];
  /** The category and its descendants; null for all categories. */
  categoryIds: string[] | null;
  minPrice: number | null;
  maxPrice: number | null;
  search: string | null;
  sort: ProductSort;
  after: ProductCursor | null;
  take: number;
}

export function filterWhere(query: ProductListQuery): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [{ status: { in: query.statuses } }];
  if (query.categoryIds) and.push({ categoryId: { in: query.categoryIds } });
  if (query.minPrice !== null || query.maxPrice !== null) {
    // A product matches when any variant a shopper could pick is in the range.
    and.push({
      variants: {
        some: {
          removedAt: null,
          price: {
            ...(query.minPrice !== null && { gte: query.minPrice }),
            ...(query.maxPrice !== null && { lte: query.maxPrice }),
          },
        },
      },
    });
  }
  if (query.search) {
    and.push({
      OR: [
        { name: { contains: query.search, mode: 'insensitive' } },
        { description: { contains: query.search, mode: 'insensitive' } },
        { variants: { some: { removedAt: null, sku: query.search } } },
      ],
    });
  }
  return { AND: and };
}

export function orderBy(sort: ProductSort): Prisma.ProductOrderByWithRelationInput[] {
  switch (sort) {
    case 'NEWEST':
      return [{ createdAt: 'desc' }, { id: 'desc' }];
    case 'NAME_ASC':
      return [{ name: 'asc' }, { id: 'asc' }];
    case 'PRICE_ASC':
      return [{ minPrice: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    case 'PRICE_DESC':
      return [{ minPrice: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];
  }
}

/**
 * Rows strictly after the cursor in the order of `orderBy(cursor.sort)`. Products without a price sort last in
 * both price orders, so a price cursor also lets them through.
 */
export function afterCursor(cursor: ProductCursor): Prisma.ProductWhereInput {
  const { key, id } = cursor;
  switch (cursor.sort) {
    case 'NEWEST': {
      const createdAt = new Date(key as string);
      return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
    }
    case 'NAME_ASC':
      return { OR: [{ name: { gt: key as string } }, { name: key as string, id: { gt: id } }] };
    case 'PRICE_ASC':
      if (key === null) return { minPrice: null, id: { gt: id } };
      return {
        OR: [
          { minPrice: { gt: key as number } },
          { minPrice: key as number, id: { gt: id } },
          { minPrice: null },
        ],
      };
    case 'PRICE_DESC':
      if (key === null) return { minPrice: null, id: { lt: id } };
      return {
        OR: [
          { minPrice: { lt: key as number } },
          { minPrice: key as number, id: { lt: id } },
          { minPrice: null },
        ],
      };
  }
}
