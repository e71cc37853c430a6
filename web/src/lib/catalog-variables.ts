import type { ProductSort } from '@/__generated__/graphql';
import { PRODUCT_PAGE_SIZE } from './config';

/** The listing query's variables, the same on the server (first page) and in the browser. */
export function productGridVariables(categoryId: string | undefined, sort: ProductSort = 'NEWEST') {
  return { first: PRODUCT_PAGE_SIZE, sort, filter: categoryId ? { categoryId } : {} };
}
