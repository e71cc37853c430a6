import { formatMoney } from '@msa/subgraph-kit';
import { isInCategories, isInProducts, unitCount, type CartFacts, type CustomerFacts } from './cart-facts';
import { explain, type Explanation } from './explanations';
import type { Condition, ConditionKind } from './promotion-rules';

export interface ConditionContext {
  cart: CartFacts;
  customer: CustomerFacts;
  /** The promotion's currency, in which its amounts are written. */
  currency: string;
}

/** One kind of condition: `check` answers null when it holds, or why it does not. */
export interface ConditionStrategy<K extends ConditionKind> {
  check(condition: Extract<Condition, { kind: K }>, context: ConditionContext): Explanation | null;
}

const minSubtotal: ConditionStrategy<'MIN_SUBTOTAL'> = {
  check(condition, { cart, currency }) {
    if (cart.subtotal >= condition.amount) return null;
    const missing = formatMoney(condition.amount - cart.subtotal, currency);
    return explain(
      'MIN_SUBTOTAL_NOT_MET',
      `Spend at least ${formatMoney(condition.amount, currency)} to use this offer (${missing} to go).`,
    );
  },
};

const minQuantity: ConditionStrategy<'MIN_QUANTITY'> = {
  check(condition, { cart }) {
    const units = unitCount(cart);
    if (units >= condition.quantity) return null;
    return explain(
      'MIN_QUANTITY_NOT_MET',
      `Add at least ${condition.quantity} items to use this offer (you have ${units}).`,
    );
  },
};

const products: ConditionStrategy<'PRODUCTS'> = {
  check(condition, { cart }) {
    if (cart.lines.some((line) => isInProducts(line, condition.productIds))) return null;
    return explain('COUPON_NOT_APPLICABLE', 'This offer is for products that are not in your cart.');
  },
};

const categories: ConditionStrategy<'CATEGORIES'> = {
  check(condition, { cart }) {
    if (cart.lines.some((line) => isInCategories(line, condition.categoryIds))) return null;
    return explain(
      'COUPON_NOT_APPLICABLE',
      'This offer is for categories that nothing in your cart belongs to.',
    );
  },
};

const firstOrder: ConditionStrategy<'FIRST_ORDER'> = {
  check(_condition, { customer }) {
    if (customer.confirmedOrders === 0) return null;
    return explain('FIRST_ORDER_ONLY', 'This offer is only for your first order.');
  },
};

export const CONDITION_STRATEGIES: { [K in ConditionKind]: ConditionStrategy<K> } = {
  MIN_SUBTOTAL: minSubtotal,
  MIN_QUANTITY: minQuantity,
  PRODUCTS: products,
  CATEGORIES: categories,
  FIRST_ORDER: firstOrder,
};

export function checkCondition(condition: Condition, context: ConditionContext): Explanation | null {
  const strategy = CONDITION_STRATEGIES[condition.kind] as ConditionStrategy<typeof condition.kind>;
  return strategy.check(condition, context);
}

/** The first condition (in the promotion's order) that does not hold, or null when all do. */
export function firstUnmetCondition(
  conditions: readonly Condition[],
  context: ConditionContext,
): Explanation | null {
  for (const condition of conditions) {
    const problem = checkCondition(condition, context);
    if (problem) return problem;
  }
  return null;
}
