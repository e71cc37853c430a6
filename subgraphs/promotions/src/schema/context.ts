import type { SubgraphContext } from '@msa/subgraph-kit';
import type { PromotionsDb } from '../data/database';
import type { CartPricing } from '../services/cart-pricing';
import type { CouponCaller, CouponDeps } from '../services/coupons.service';
import type { PricingSources } from '../services/pricing-sources';

export interface PromotionsContext extends SubgraphContext {
  db: PromotionsDb;
  /** Facts for pricing, batched for this request. */
  sources: PricingSources;
  /** Prices this request's carts once each. */
  pricing: CartPricing;
  coupons: CouponDeps;
  /** Who is calling, with the token to forward when reading their cart through the router. */
  caller: CouponCaller;
}
