import type { ProductRecord } from './records';

export const PRODUCT_SORTS = ['NEWEST', 'NAME_ASC', 'PRICE_ASC', 'PRICE_DESC'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/**
 * Position of a product in a sorted list: the sort it belongs to, the value of the sort column and the id as
 * tie-breaker. Pages continue strictly after this position (keyset pagination), so inserts and deletes
 * between requests never repeat or skip products.
 */
export interface ProductCursor {
  sort: ProductSort;
  /** createdAt (ISO) for NEWEST, name for NAME_ASC, lowest live price (or null) for the price sorts. */
  key: string | number | null;
  id: string;
}

export function cursorOf(sort: ProductSort, product: ProductRecord): ProductCursor {
  switch (sort) {
    case 'NEWEST':
      return { sort, key: product.createdAt.toISOString(), id: product.id };
    case 'NAME_ASC':
      return { sort, key: product.name, id: product.id };
    case 'PRICE_ASC':
    case 'PRICE_DESC':
      return { sort, key: product.minPrice, id: product.id };
  }
}

function isKeyFor(sort: ProductSort, key: unknown): boolean {
  switch (sort) {
    case 'NEWEST':
      return typeof key === 'string' && !Number.isNaN(Date.parse(key));
    case 'NAME_ASC':
      return typeof key === 'string';
    case 'PRICE_ASC':
    case 'PRICE_DESC':
      return key === null || Number.isInteger(key);
  }
}

export function isProductCursor(value: unknown): value is ProductCursor {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.sort === 'string' &&
    (PRODUCT_SORTS as readonly string[]).includes(candidate.sort) &&
    typeof candidate.id === 'string' &&
    'key' in candidate &&
    isKeyFor(candidate.sort as ProductSort, candidate.key)
  );
}
