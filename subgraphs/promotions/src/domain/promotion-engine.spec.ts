import { describe, expect, it } from 'vitest';
import { GUEST, type CartFacts, type CustomerFacts } from './cart-facts';
import type { CouponProblemCode } from './explanations';
import { evaluatePromotions } from './promotion-engine';
import type { PromotionRule } from './promotion-rules';
import {
  amountOff,
  cart,
  customer,
  line,
  NOW,
  percentOff,
  promotion,
} from '../../test/support/promotion-domain-fixtures';

const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const shoe = (price: number, quantity = 1) =>
  line(price, quantity, { productId: 'shoes', categoryIds: ['footwear'] });
const mug = (price: number, quantity = 1) =>
  line(price, quantity, { productId: 'mug', categoryIds: ['kitchen'] });

function run(
  promotions: PromotionRule[],
  codes: string[],
  facts: CartFacts,
  who: CustomerFacts = customer(),
) {
  return evaluatePromotions({ cart: facts, customer: who, promotions, codes, now: NOW });
}

describe('why a code does not apply', () => {
  const base = { code: 'SAVE', actions: [percentOff(10)] };
  it.each<{
    name: string;
    promotion: Partial<PromotionRule>;
    cart?: CartFacts;
    who?: CustomerFacts;
    code: CouponProblemCode;
  }>([
    { name: 'switched off', promotion: { active: false }, code: 'COUPON_INACTIVE' },
    { name: 'flash sale not started', promotion: { startsAt: hours(1) }, code: 'NOT_STARTED' },
    {
      name: 'flash sale over',
      promotion: { startsAt: hours(-3), endsAt: hours(-1) },
      code: 'COUPON_EXPIRED',
    },
    { name: 'ends exactly now (endsAt is exclusive)', promotion: { endsAt: NOW }, code: 'COUPON_EXPIRED' },
    { name: 'all uses taken', promotion: { usageLimit: 10, usageCount: 10 }, code: 'USAGE_LIMIT_REACHED' },
    {
      name: 'this customer used it up',
      promotion: { id: 'once', perCustomerLimit: 1 },
      who: customer(0, { once: 1 }),
      code: 'CUSTOMER_USAGE_LIMIT_REACHED',
    },
    { name: 'another currency', promotion: { currency: 'EUR' }, code: 'CURRENCY_MISMATCH' },
    {
      name: 'below the minimum subtotal',
      promotion: { conditions: [{ kind: 'MIN_SUBTOTAL', amount: 5000 }] },
      code: 'MIN_SUBTOTAL_NOT_MET',
    },
    {
      name: 'too few items',
      promotion: { conditions: [{ kind: 'MIN_QUANTITY', quantity: 3 }] },
      code: 'MIN_QUANTITY_NOT_MET',
    },
    {
      name: 'not a first order',
      promotion: { conditions: [{ kind: 'FIRST_ORDER' }] },
      who: customer(1),
      code: 'FIRST_ORDER_ONLY',
    },
    {
      name: 'for products not in the cart',
      promotion: { conditions: [{ kind: 'PRODUCTS', productIds: ['shoes'] }] },
      code: 'COUPON_NOT_APPLICABLE',
    },
    {
      name: 'for categories not in the cart',
      promotion: { conditions: [{ kind: 'CATEGORIES', categoryIds: ['footwear'] }] },
      code: 'COUPON_NOT_APPLICABLE',
    },
    {
      name: 'nothing in the cart to take off',
      promotion: {
        actions: [
          {
            kind: 'LINES_PERCENT_OFF',
            basisPoints: 1000,
            maxAmount: null,
            target: { productIds: ['shoes'], categoryIds: [] },
          },
        ],
      },
      code: 'COUPON_NOT_APPLICABLE',
    },
    { name: 'empty cart', promotion: {}, cart: cart([]), code: 'COUPON_NOT_APPLICABLE' },
  ])('$name → $code', ({ promotion: overrides, cart: facts, who, code }) => {
    const result = run([promotion({ ...base, ...overrides })], ['SAVE'], facts ?? cart([mug(1000, 2)]), who);
    expect(result.coupons).toEqual([
      expect.objectContaining({ code: 'SAVE', applied: false, problem: expect.objectContaining({ code }) }),
    ]);
    expect(result.discounts).toEqual([]);
    expect(result.coupons[0]!.problem!.message.length).toBeGreaterThan(10);
  });

  it('an unknown code → COUPON_NOT_FOUND', () => {
    const result = run([], ['NOPE'], cart([mug(1000)]));
    expect(result.coupons).toEqual([
      {
        code: 'NOPE',
        promotionId: null,
        applied: false,
        problem: { code: 'COUPON_NOT_FOUND', message: 'No offer has the code NOPE.' },
      },
    ]);
  });

  it('a valid code beaten by an exclusive offer → COUPON_NOT_COMBINABLE naming the winner', () => {
    const big = promotion({ name: 'Black Friday', actions: [percentOff(30)] });
    const small = promotion({ code: 'SMALL', actions: [amountOff(500)] });
    const result = run([big, small], ['SMALL'], cart([mug(10_000)]));
    expect(result.discounts.map((d) => d.label)).toEqual(['Black Friday']);
    expect(result.coupons[0]!.problem).toEqual({
      code: 'COUPON_NOT_COMBINABLE',
      message: 'This code cannot be combined with "Black Friday", which saves you more.',
    });
  });

  it('the minimum subtotal message says how much is missing', () => {
    const result = run(
      [
        promotion({
          code: 'MIN',
          conditions: [{ kind: 'MIN_SUBTOTAL', amount: 5000 }],
          actions: [amountOff(500)],
        }),
      ],
      ['MIN'],
      cart([mug(3250)]),
    );
    expect(result.coupons[0]!.problem!.message).toBe(
      'Spend at least $50.00 to use this offer ($17.50 to go).',
    );
  });
});

describe('date windows (flash sales)', () => {
  it.each([
    { startsAt: null, endsAt: null, applies: true },
    { startsAt: hours(-1), endsAt: hours(1), applies: true },
    { startsAt: NOW, endsAt: hours(1), applies: true },
    { startsAt: hours(0.5), endsAt: hours(1), applies: false },
    { startsAt: hours(-2), endsAt: hours(-1), applies: false },
    { startsAt: null, endsAt: NOW, applies: false },
  ])('from $startsAt to $endsAt → applies: $applies', ({ startsAt, endsAt, applies }) => {
    const flash = promotion({ name: 'Flash', startsAt, endsAt, actions: [percentOff(50)] });
    const result = run([flash], [], cart([mug(1000)]));
    expect(result.discountTotal).toBe(applies ? 500 : 0);
  });
});

describe('conditions that hold', () => {
  it.each<{ name: string; promotion: Partial<PromotionRule>; who?: CustomerFacts }>([
    {
      name: 'subtotal exactly the minimum',
      promotion: { conditions: [{ kind: 'MIN_SUBTOTAL', amount: 2000 }] },
    },
    { name: 'enough units across lines', promotion: { conditions: [{ kind: 'MIN_QUANTITY', quantity: 3 }] } },
    {
      name: 'a listed product is in the cart',
      promotion: { conditions: [{ kind: 'PRODUCTS', productIds: ['x', 'mug'] }] },
    },
    {
      name: 'a line in a listed category',
      promotion: { conditions: [{ kind: 'CATEGORIES', categoryIds: ['kitchen'] }] },
    },
    {
      name: 'first order of a customer',
      promotion: { conditions: [{ kind: 'FIRST_ORDER' }] },
      who: customer(0),
    },
    { name: 'first order of a guest', promotion: { conditions: [{ kind: 'FIRST_ORDER' }] }, who: GUEST },
    {
      name: 'per-customer limit not reached',
      promotion: { id: 'twice', perCustomerLimit: 2 },
      who: customer(0, { twice: 1 }),
    },
    { name: 'global limit not reached', promotion: { usageLimit: 10, usageCount: 9 } },
  ])('$name', ({ promotion: overrides, who }) => {
    const result = run(
      [promotion({ code: 'OK', actions: [percentOff(10)], ...overrides })],
      ['OK'],
      cart([mug(1000), mug(500, 2)]),
      who,
    );
    expect(result.coupons[0]).toMatchObject({ applied: true, problem: null });
    expect(result.discountTotal).toBe(200);
  });
});

describe('stacking: the engine picks the best combination', () => {
  const cartOf100 = () => cart([shoe(8000), mug(2000)]);
  type Scenario = {
    name: string;
    promotions: () => PromotionRule[];
    codes: string[];
    discounts: [string, number][];
    freeShipping?: boolean;
  };
  it.each<Scenario>([
    {
      name: 'exclusive offers never combine: the bigger one wins',
      promotions: () => [
        promotion({ name: 'A', actions: [percentOff(10)] }),
        promotion({ name: 'B', actions: [amountOff(1500)] }),
      ],
      codes: [],
      discounts: [['B', 1500]],
    },
    {
      name: 'stackable offers combine, higher priority first',
      promotions: () => [
        promotion({ name: 'Ten percent', stackable: true, priority: 1, actions: [percentOff(10)] }),
        promotion({ name: 'Five off', stackable: true, priority: 5, actions: [amountOff(500)] }),
      ],
      codes: [],
      // $5 first, then 10 % of $95
      discounts: [
        ['Five off', 500],
        ['Ten percent', 950],
      ],
    },
    {
      name: 'priority decides the order, so it changes the percentage base',
      promotions: () => [
        promotion({ name: 'Ten percent', stackable: true, priority: 5, actions: [percentOff(10)] }),
        promotion({ name: 'Five off', stackable: true, priority: 1, actions: [amountOff(500)] }),
      ],
      codes: [],
      discounts: [
        ['Ten percent', 1000],
        ['Five off', 500],
      ],
    },
    {
      name: 'the stack beats an exclusive offer when it saves more',
      promotions: () => [
        promotion({ name: 'Exclusive 12 %', actions: [percentOff(12)] }),
        promotion({ name: 'S1', code: 'S1', stackable: true, actions: [percentOff(10)] }),
        promotion({ name: 'S2', stackable: true, actions: [amountOff(500)] }),
      ],
      codes: ['S1'],
      discounts: [
        ['S1', 1000],
        ['S2', 500],
      ],
    },
    {
      name: 'an exclusive offer beats the stack when it saves more',
      promotions: () => [
        promotion({ name: 'Exclusive 20 %', actions: [percentOff(20)] }),
        promotion({ name: 'S1', stackable: true, actions: [percentOff(10)] }),
        promotion({ name: 'S2', stackable: true, actions: [amountOff(500)] }),
      ],
      codes: [],
      discounts: [['Exclusive 20 %', 2000]],
    },
    {
      name: 'line discounts apply before order discounts whatever the priority',
      promotions: () => [
        promotion({ name: 'Order 10 %', stackable: true, priority: 9, actions: [percentOff(10)] }),
        promotion({
          name: 'Shoes $20 off',
          stackable: true,
          priority: 0,
          actions: [
            {
              kind: 'LINES_AMOUNT_OFF',
              amountPerUnit: 2000,
              maxAmount: null,
              target: { productIds: ['shoes'], categoryIds: [] },
            },
          ],
        }),
      ],
      codes: [],
      discounts: [
        ['Order 10 %', 800],
        ['Shoes $20 off', 2000],
      ],
    },
    {
      name: 'on equal savings free shipping wins',
      promotions: () => [
        promotion({ name: 'Five off', actions: [amountOff(500)] }),
        promotion({
          name: 'Five off and free shipping',
          actions: [amountOff(500), { kind: 'FREE_SHIPPING' }],
        }),
      ],
      codes: [],
      discounts: [['Five off and free shipping', 500]],
      freeShipping: true,
    },
    {
      name: 'on equal savings the higher priority wins',
      promotions: () => [
        promotion({ name: 'Low', priority: 1, actions: [amountOff(500)] }),
        promotion({ name: 'High', priority: 2, actions: [amountOff(500)] }),
      ],
      codes: [],
      discounts: [['High', 500]],
    },
    {
      name: 'free shipping stacks with a percentage',
      promotions: () => [
        promotion({ name: 'Ship free', code: 'SHIP', stackable: true, actions: [{ kind: 'FREE_SHIPPING' }] }),
        promotion({ name: 'Ten percent', stackable: true, actions: [percentOff(10)] }),
      ],
      codes: ['SHIP'],
      discounts: [
        ['Ship free', 0],
        ['Ten percent', 1000],
      ],
      freeShipping: true,
    },
    {
      name: 'stacked fixed amounts never take the total below zero',
      promotions: () => [
        promotion({ name: 'Big', stackable: true, priority: 2, actions: [amountOff(9000)] }),
        promotion({ name: 'Bigger', stackable: true, priority: 1, actions: [amountOff(9000)] }),
      ],
      codes: [],
      discounts: [
        ['Big', 9000],
        ['Bigger', 1000],
      ],
    },
    {
      name: 'a capped percentage stacks after a fixed amount',
      promotions: () => [
        promotion({ name: 'Half, max $30', stackable: true, actions: [percentOff(50, 3000)] }),
        promotion({ name: 'Ten off', stackable: true, priority: 1, actions: [amountOff(1000)] }),
      ],
      codes: [],
      discounts: [
        ['Ten off', 1000],
        ['Half, max $30', 3000],
      ],
    },
  ])('$name', ({ promotions, codes, discounts, freeShipping }) => {
    const result = run(promotions(), codes, cartOf100());
    expect(result.discounts.map((d) => [d.label, d.amount])).toEqual(discounts);
    const total = discounts.reduce((sum, [, amount]) => sum + amount, 0);
    expect(result.discountTotal).toBe(total);
    expect(result.total).toBe(10_000 - total);
    expect(result.freeShipping).toBe(freeShipping ?? false);
  });

  it('a stackable code that adds nothing after the others explains why', () => {
    const all = promotion({ name: 'Everything', stackable: true, priority: 2, actions: [percentOff(100)] });
    const extra = promotion({ code: 'EXTRA', stackable: true, actions: [amountOff(500)] });
    const result = run([all, extra], ['EXTRA'], cart([mug(1000)]));
    expect(result.discountTotal).toBe(1000);
    expect(result.coupons[0]).toMatchObject({ applied: false, problem: { code: 'COUPON_NOT_APPLICABLE' } });
  });

  it('reports every entered code once, in the order entered, with the discount code upper-cased', () => {
    const welcome = promotion({ name: 'Welcome', code: 'WELCOME10', actions: [percentOff(10)] });
    const result = run([welcome], ['MISSING', 'WELCOME10', 'MISSING'], cart([mug(1000)]));
    expect(result.coupons.map((c) => [c.code, c.applied])).toEqual([
      ['MISSING', false],
      ['WELCOME10', true],
    ]);
    expect(result.discounts).toEqual([
      { promotionId: welcome.id, code: 'WELCOME10', label: 'Welcome', amount: 100, freeShipping: false },
    ]);
  });
});
