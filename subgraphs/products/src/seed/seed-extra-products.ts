import { DEFAULT_CURRENCY } from '@msa/subgraph-kit';
import { productChangedPayload, variantChangedPayload } from '../domain/catalog-events';
import { pathFromRoot } from '../domain/category-tree';
import type { CategoryRecord, VariantRecord } from '../domain/records';
import {
  BulkProductRepo,
  type BulkEvent,
  type BulkProductRow,
  type BulkVariantRow,
} from '../data/bulk-product.repo';
import { CategoryRepo } from '../data/category.repo';
import type { ProductsDb } from '../data/database';
import { EXTRA_CATEGORY_WORDS, extraProducts, stableUuid, type ExtraProduct } from './extra-products';

/** Products written per transaction: large enough to be fast, small enough to keep each statement modest. */
export const EXTRA_PRODUCTS_BATCH = 1000;

export interface SeedExtraProductsOptions {
  db: ProductsDb;
  count: number;
  log: (line: string) => void;
}

function rowsOf(product: ExtraProduct, categories: readonly CategoryRecord[]) {
  const category = categories.find((candidate) => candidate.slug === product.categorySlug)!;
  const prices = product.variants.map((variant) => variant.price);
  const row: BulkProductRow = {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    categoryId: category.id,
    minPrice: Math.min(...prices),
    maxPrice: Math.max(...prices),
  };
  const variants: BulkVariantRow[] = product.variants.map((variant, position) => ({
    ...variant,
    productId: product.id,
    position,
  }));
  const now = new Date();
  const events: BulkEvent[] = [
    {
      id: stableUuid(`event-product-${product.id}`),
      productId: product.id,
      name: 'product.changed',
      payload: productChangedPayload(
        { ...row, status: 'ACTIVE' },
        variants.map((variant) => variant.id),
        pathFromRoot(categories, category.id),
      ),
    },
    ...variants.map((variant): BulkEvent => {
      const record: VariantRecord = {
        ...variant,
        compareAtPrice: null,
        removedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      return {
        id: stableUuid(`event-variant-${variant.id}`),
        productId: product.id,
        name: 'product.variant.changed',
        payload: variantChangedPayload(record, 'ACTIVE', DEFAULT_CURRENCY),
      };
    }),
  ];
  return { row, variants, events };
}

/**
 * Adds `count` generated ACTIVE products (see extra-products.ts) with their product and variant events, in
 * batches. Runs after the demo catalog, whose categories it files them under. Idempotent: the ids are
 * stable, so a second run inserts only what is missing.
 */
export async function seedExtraProducts({ db, count, log }: SeedExtraProductsOptions): Promise<number> {
  const categories = await new CategoryRepo(db).findAll();
  const slugs = Object.keys(EXTRA_CATEGORY_WORDS).filter((slug) =>
    categories.some((category) => category.slug === slug),
  );
  if (!slugs.length) throw new Error('Extra products need the demo categories: seed the catalog first');
  const repo = new BulkProductRepo(db);
  let inserted = 0;
  for (let from = 0; from < count; from += EXTRA_PRODUCTS_BATCH) {
    const batch = extraProducts(from, Math.min(EXTRA_PRODUCTS_BATCH, count - from), slugs).map((product) =>
      rowsOf(product, categories),
    );
    inserted += await repo.insertActiveProducts(
      batch.map((entry) => entry.row),
      batch.flatMap((entry) => entry.variants),
      batch.flatMap((entry) => entry.events),
    );
    log(`extra products: ${Math.min(from + EXTRA_PRODUCTS_BATCH, count)}/${count}`);
  }
  log(`extra products: ${inserted} created, ${count - inserted} already present`);
  return inserted;
}
