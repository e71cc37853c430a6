import type { CartFacts, CustomerFacts } from './cart-facts';
import { explain, type Explanation } from './explanations';
import type { PromotionRule } from './promotion-rules';

/** Whether a promotion is switched on and running at `now` (endsAt is exclusive). */
export function windowProblem(
  promotion: Pick<PromotionRule, 'active' | 'startsAt' | 'endsAt'>,
  now: Date,
): Explanation | null {
  if (!promotion.active) return explain('COUPON_INACTIVE', 'This offer has been switched off.');
  if (promotion.startsAt && now < promotion.startsAt) {
    return explain('NOT_STARTED', `This offer starts on ${promotion.startsAt.toISOString()}.`);
  }
  if (promotion.endsAt && now >= promotion.endsAt) {
    return explain('COUPON_EXPIRED', `This offer ended on ${promotion.endsAt.toISOString()}.`);
  }
  return null;
}

/**
 * Everything about a promotion that does not depend on what is in the cart: on, in its window, uses left
 * overall and for this customer, and written in the cart's currency.
 */
export function eligibilityProblem(
  promotion: PromotionRule,
  cart: CartFacts,
  customer: CustomerFacts,
  now: Date,
): Explanation | null {
  const window = windowProblem(promotion, now);
  if (window) return window;
  if (promotion.usageLimit !== null && promotion.usageCount >= promotion.usageLimit) {
    return explain('USAGE_LIMIT_REACHED', 'This offer has been used as many times as it can be.');
  }
  const used = customer.usageByPromotion.get(promotion.id) ?? 0;
  if (promotion.perCustomerLimit !== null && used >= promotion.perCustomerLimit) {
    return explain(
      'CUSTOMER_USAGE_LIMIT_REACHED',
      promotion.perCustomerLimit === 1
        ? 'You have already used this offer.'
        : `You have already used this offer ${used} times, the most allowed.`,
    );
  }
  if (promotion.currency !== cart.currency) {
    return explain('CURRENCY_MISMATCH', `This offer is for purchases in ${promotion.currency}.`);
  }
  return null;
}
