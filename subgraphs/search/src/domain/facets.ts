/**
 * Facets describe the products a query matches. Each facet is counted with every filter applied except its
 * own (selecting "Headphones" still shows how many "Speakers" match), so a shopper can widen a choice as
 * easily as narrow it.
 */

export interface CategoryFacet {
  /** Category id. */
  value: string;
  /** Category name. */
  label: string;
  count: number;
}

export interface PriceRangeFacet {
  /** Inclusive lower bound in minor units. */
  min: number;
  /** Exclusive upper bound in minor units; null for the open-ended top range. */
  max: number | null;
  count: number;
}

export interface RatingFacet {
  /** Products rated this or better. */
  value: number;
  count: number;
}

export interface SearchFacets {
  categories: CategoryFacet[];
  priceRanges: PriceRangeFacet[];
  ratings: RatingFacet[];
}

/** Upper bounds (exclusive, minor units) of the price ranges; a product falls in by its lowest price. */
export const PRICE_RANGE_BOUNDS = [2_500, 5_000, 10_000, 20_000, 50_000] as const;

/** "4 stars & up" … "1 star & up". */
export const RATING_THRESHOLDS = [4, 3, 2, 1] as const;

export const MAX_CATEGORY_FACETS = 50;

/** Every price range, cheapest first: [0, 2500), [2500, 5000), … [50000, ∞). */
export function priceRanges(): { min: number; max: number | null }[] {
  const lows = [0, ...PRICE_RANGE_BOUNDS];
  return lows.map((min, index) => ({ min, max: PRICE_RANGE_BOUNDS[index] ?? null }));
}

/** Index into priceRanges() of a price. */
export function priceRangeIndex(price: number): number {
  const index = PRICE_RANGE_BOUNDS.findIndex((bound) => price < bound);
  return index === -1 ? PRICE_RANGE_BOUNDS.length : index;
}

/** Price ranges with their counts, cheapest first, leaving out empty ones. */
export function priceRangeFacets(countsByIndex: ReadonlyMap<number, number>): PriceRangeFacet[] {
  return priceRanges()
    .map((range, index) => ({ ...range, count: countsByIndex.get(index) ?? 0 }))
    .filter((range) => range.count > 0);
}

/** Rating thresholds with their counts, best first, leaving out empty ones. */
export function ratingFacets(countsByThreshold: ReadonlyMap<number, number>): RatingFacet[] {
  return RATING_THRESHOLDS.map((value) => ({ value, count: countsByThreshold.get(value) ?? 0 })).filter(
    (facet) => facet.count > 0,
  );
}

/** Most products first, then by name; at most MAX_CATEGORY_FACETS. */
export function sortCategoryFacets(facets: CategoryFacet[]): CategoryFacet[] {
  return [...facets]
    .filter((facet) => facet.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value))
    .slice(0, MAX_CATEGORY_FACETS);
}
