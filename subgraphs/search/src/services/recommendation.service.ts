import { pageSize, userError, type UserError } from '@msa/subgraph-kit';
import type { ProductFactsRepo } from '../data/product-facts.repo';
import type { ProductViewRepo } from '../data/product-view.repo';
import type { PurchaseRepo } from '../data/purchase.repo';
import { alsoBought, interestSeeds, personalRecommendations } from '../domain/recommendations';

export const DEFAULT_RECOMMENDATIONS = 10;
export const MAX_RECOMMENDATIONS = 50;
/** How much of a user's history seeds their recommendations. */
const HISTORY_DEPTH = 20;
/** Neighbours read per seed product. */
const NEIGHBOURS_PER_SEED = 20;

export interface RecommendationDeps {
  facts: ProductFactsRepo;
  purchases: PurchaseRepo;
  views: ProductViewRepo;
}

/** "Customers also bought" and personal picks, always ACTIVE products only, as product ids. */
export class RecommendationService {
  constructor(private readonly deps: RecommendationDeps) {}

  async alsoBought(productId: string, first: number | null | undefined): Promise<string[]> {
    const limit = pageSize(first ?? DEFAULT_RECOMMENDATIONS, MAX_RECOMMENDATIONS);
    const [pairs, facts] = await Promise.all([
      this.deps.purchases.pairsOf([productId], limit),
      this.deps.facts.load([productId]),
    ]);
    const categoryIds = facts.products[0]?.categoryIds ?? [];
    // Popular products of the same category come first among the fillers.
    const popular = await this.deps.purchases.popular(limit + 1, categoryIds.slice(-1));
    return alsoBought(productId, pairs, popular, limit);
  }

  async recommendedFor(userId: string, first: number | null | undefined): Promise<string[]> {
    const limit = pageSize(first ?? DEFAULT_RECOMMENDATIONS, MAX_RECOMMENDATIONS);
    const [purchasedIds, viewedIds] = await Promise.all([
      this.deps.purchases.purchasedBy(userId, HISTORY_DEPTH),
      this.deps.views.recentlyViewedBy(userId, HISTORY_DEPTH),
    ]);
    const seeds = interestSeeds(purchasedIds, viewedIds);
    const [pairs, popular] = await Promise.all([
      this.deps.purchases.pairsOf(
        seeds.map((seed) => seed.productId),
        NEIGHBOURS_PER_SEED,
      ),
      this.deps.purchases.popular(limit + purchasedIds.length),
    ]);
    return personalRecommendations({ seeds, pairs, purchasedIds, popular, first: limit });
  }

  /** Records that a signed-in user opened a product page; only products on sale count. */
  async recordView(userId: string, productId: string): Promise<UserError[]> {
    const [active] = await this.deps.facts.activeIds([productId]);
    if (!active) return [userError('PRODUCT_NOT_FOUND', 'No product on sale has this id', ['productId'])];
    await this.deps.views.record(userId, productId, new Date());
    return [];
  }
}
