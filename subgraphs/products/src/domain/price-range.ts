export interface PriceRange {
  min: number;
  max: number;
}

/** Lowest and highest of the given prices; null when there are none (a product without live variants). */
export function priceRange(prices: readonly number[]): PriceRange | null {
  if (prices.length === 0) return null;
  let min = prices[0]!;
  let max = prices[0]!;
  for (const price of prices) {
    if (price < min) min = price;
    if (price > max) max = price;
  }
  return { min, max };
}
