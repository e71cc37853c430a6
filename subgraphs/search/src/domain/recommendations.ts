import type { ProductPairCount } from './co-occurrence';

/**
 * Recommendation ranking. Co-purchase counts say which products go together; a user's purchases and views
 * say what they care about; popular products fill whatever is left, so a new shopper still sees something.
 */

export interface InterestSeed {
  productId: string;
  /** How strongly the user's interest in this product should pull its neighbours. */
  weight: number;
}

/** A purchase says more than a look. */
export const PURCHASE_WEIGHT = 3;
export const VIEW_WEIGHT = 1;

/** Seeds from a user's purchases and views; a product both bought and viewed counts as bought. */
export function interestSeeds(purchasedIds: readonly string[], viewedIds: readonly string[]): InterestSeed[] {
  const weights = new Map<string, number>();
  for (const productId of viewedIds) weights.set(productId, VIEW_WEIGHT);
  for (const productId of purchasedIds) weights.set(productId, PURCHASE_WEIGHT);
  return [...weights].map(([productId, weight]) => ({ productId, weight }));
}

function appendDistinct(
  target: string[],
  candidates: readonly string[],
  exclude: ReadonlySet<string>,
  first: number,
) {
  for (const id of candidates) {
    if (target.length >= first) return;
    if (!exclude.has(id) && !target.includes(id)) target.push(id);
  }
}

/**
 * Products bought together with `productId`, most often first, then `popular` ones to fill up to `first`.
 * Pairs must be the product's own (productId = the product).
 */
export function alsoBought(
  productId: string,
  pairs: readonly ProductPairCount[],
  popular: readonly string[],
  first: number,
): string[] {
  const neighbours = pairs
    .filter((pair) => pair.productId === productId && pair.orders > 0)
    .sort((a, b) => b.orders - a.orders || a.otherId.localeCompare(b.otherId))
    .map((pair) => pair.otherId);
  const result: string[] = [];
  const exclude = new Set([productId]);
  appendDistinct(result, neighbours, exclude, first);
  appendDistinct(result, popular, exclude, first);
  return result;
}

/**
 * Personal picks: each neighbour of a seed scores seed weight × co-purchase count, summed over seeds.
 * Products the user already bought are left out; popular products fill the rest.
 */
export function personalRecommendations(input: {
  seeds: readonly InterestSeed[];
  pairs: readonly ProductPairCount[];
  purchasedIds: readonly string[];
  popular: readonly string[];
  first: number;
}): string[] {
  const weightOf = new Map(input.seeds.map((seed) => [seed.productId, seed.weight]));
  const scores = new Map<string, number>();
  for (const pair of input.pairs) {
    const weight = weightOf.get(pair.productId);
    if (weight === undefined || pair.orders <= 0) continue;
    scores.set(pair.otherId, (scores.get(pair.otherId) ?? 0) + weight * pair.orders);
  }
  const ranked = [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a.localeCompare(b))
    .map(([productId]) => productId);
  const result: string[] = [];
  const exclude = new Set(input.purchasedIds);
  appendDistinct(result, ranked, exclude, input.first);
  appendDistinct(result, input.popular, exclude, input.first);
  return result;
}
