import type { CatalogFacts } from './product-facts';

/**
 * The search document of a product, derived from what product, variant, inventory and review events said
 * about it. Only ACTIVE products are searchable; any other state takes the product out of the index.
 */

/** What search knows about a product: the catalog facts plus when it was listed and its rating. */
export interface ProductFactsRecord extends CatalogFacts {
  listedAt: Date;
  ratingAverage: number | null;
  ratingBayesian: number | null;
  ratingCount: number;
  /** Bumped by every change to the product's facts or its variants'. */
  version: number;
}

export interface VariantFactsRecord {
  variantId: string;
  productId: string | null;
  price: number | null;
  currency: string | null;
  purchasable: boolean;
  available: number | null;
}

export interface SearchDocument {
  productId: string;
  /** Writes carry it: an engine never replaces a document with an older version. */
  version: number;
  slug: string;
  name: string;
  description: string;
  /** Root first, the product's own category last. */
  categoryIds: string[];
  /** Names matching categoryIds. */
  categoryPath: string[];
  /** Lowest and highest price of the purchasable variants; null when none has a price yet. */
  minPrice: number | null;
  maxPrice: number | null;
  currency: string | null;
  /** Some purchasable variant has stock available. */
  inStock: boolean;
  /** Average rating (1–5); null before the first review. */
  rating: number | null;
  /** Rating pulled towards the catalog mean while there are few reviews; sorts RATING. */
  bayesianRating: number | null;
  ratingCount: number;
  /** When search first heard of the product; sorts NEWEST. */
  listedAt: Date;
}

/** A product that must leave the index (or never enter it) as of this version. */
export interface RemovedDocument {
  productId: string;
  version: number;
}

export type IndexChange =
  | { kind: 'upsert'; document: SearchDocument }
  | { kind: 'remove'; removed: RemovedDocument };

export function isSearchable(product: Pick<ProductFactsRecord, 'status' | 'name'>): boolean {
  return product.status === 'ACTIVE' && Boolean(product.name?.trim());
}

/** What the index should hold for a product, given its facts and the facts of its variants. */
export function indexChangeFor(
  product: ProductFactsRecord,
  variants: readonly VariantFactsRecord[],
): IndexChange {
  if (!isSearchable(product)) {
    return { kind: 'remove', removed: { productId: product.productId, version: product.version } };
  }
  const sellable = variants.filter(
    (variant) => variant.purchasable && variant.productId === product.productId,
  );
  const prices = sellable.flatMap((variant) => (variant.price === null ? [] : [variant.price]));
  return {
    kind: 'upsert',
    document: {
      productId: product.productId,
      version: product.version,
      slug: product.slug ?? '',
      name: product.name!.trim(),
      description: product.description ?? '',
      categoryIds: product.categoryIds,
      categoryPath: product.categoryPath,
      minPrice: prices.length ? Math.min(...prices) : null,
      maxPrice: prices.length ? Math.max(...prices) : null,
      currency: sellable.find((variant) => variant.currency)?.currency ?? null,
      inStock: sellable.some((variant) => (variant.available ?? 0) > 0),
      rating: product.ratingCount > 0 ? product.ratingAverage : null,
      bayesianRating: product.ratingCount > 0 ? product.ratingBayesian : null,
      ratingCount: product.ratingCount,
      listedAt: product.listedAt,
    },
  };
}
