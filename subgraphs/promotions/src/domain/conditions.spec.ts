import { describe, expect, it } from 'vitest';
import { checkCondition, firstUnmetCondition, type ConditionContext } from './conditions';
import type { Condition } from './promotion-rules';
import { cart, customer, line } from '../../test/support/promotion-domain-fixtures';

const context = (overrides: Partial<ConditionContext> = {}): ConditionContext => ({
  cart: cart([
    line(1500, 2, { productId: 'tee', categoryIds: ['tops', 'apparel'] }),
    line(800, 1, { productId: null, categoryIds: [] }),
  ]),
  customer: customer(),
  currency: 'USD',
  ...overrides,
});

describe('each condition checks one thing', () => {
  it.each<{ condition: Condition; context?: Partial<ConditionContext>; expected: string | null }>([
    { condition: { kind: 'MIN_SUBTOTAL', amount: 3800 }, expected: null },
    { condition: { kind: 'MIN_SUBTOTAL', amount: 3801 }, expected: 'MIN_SUBTOTAL_NOT_MET' },
    { condition: { kind: 'MIN_QUANTITY', quantity: 3 }, expected: null },
    { condition: { kind: 'MIN_QUANTITY', quantity: 4 }, expected: 'MIN_QUANTITY_NOT_MET' },
    { condition: { kind: 'PRODUCTS', productIds: ['tee'] }, expected: null },
    { condition: { kind: 'PRODUCTS', productIds: ['mug'] }, expected: 'COUPON_NOT_APPLICABLE' },
    { condition: { kind: 'CATEGORIES', categoryIds: ['apparel'] }, expected: null },
    { condition: { kind: 'CATEGORIES', categoryIds: ['kitchen'] }, expected: 'COUPON_NOT_APPLICABLE' },
    { condition: { kind: 'FIRST_ORDER' }, expected: null },
    { condition: { kind: 'FIRST_ORDER' }, context: { customer: customer(2) }, expected: 'FIRST_ORDER_ONLY' },
  ])('$condition.kind $condition → $expected', ({ condition, context: overrides, expected }) => {
    expect(checkCondition(condition, context(overrides))?.code ?? null).toBe(expected);
  });

  it('a line whose product is not known yet matches no product or category', () => {
    const unknown = context({ cart: cart([line(5000, 1)]) });
    expect(checkCondition({ kind: 'PRODUCTS', productIds: ['tee'] }, unknown)?.code).toBe(
      'COUPON_NOT_APPLICABLE',
    );
  });

  it('reports the first unmet condition in the promotion’s order', () => {
    const conditions: Condition[] = [
      { kind: 'FIRST_ORDER' },
      { kind: 'MIN_SUBTOTAL', amount: 99_999 },
      { kind: 'MIN_QUANTITY', quantity: 99 },
    ];
    expect(firstUnmetCondition(conditions, context())?.code).toBe('MIN_SUBTOTAL_NOT_MET');
    expect(firstUnmetCondition([], context())).toBeNull();
  });
});
