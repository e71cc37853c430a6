import { describe, expect, it } from 'vitest';
import { normalizeCouponCode } from './coupon-code';
import {
  draftFromDefinition,
  promotionDraft,
  validatePromotionDraft,
  type PromotionDraft,
} from './promotion-input';

const draft = (overrides: Partial<PromotionDraft> = {}): PromotionDraft =>
  promotionDraft({
    name: 'Welcome',
    code: 'welcome10',
    actions: [{ orderPercentOff: { percent: 10 } }],
    perCustomerLimit: 1,
    ...overrides,
  });

describe('normalizeCouponCode', () => {
  it.each([
    ['welcome10', 'WELCOME10'],
    ['  Summer-Sale_2026 ', 'SUMMER-SALE_2026'],
    ['ab', null],
    ['-LEADING', null],
    ['WITH SPACE', null],
    ['x'.repeat(33), null],
    ['ÉTÉ10', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeCouponCode(raw)).toBe(expected);
  });
});

describe('validatePromotionDraft', () => {
  it('turns the input into stored rules: upper-cased code, percentages in basis points, deduplicated ids', () => {
    const result = validatePromotionDraft(
      draft({
        name: '  Welcome  ',
        conditions: [{ minSubtotal: 2000 }, { categoryIds: ['c1', 'c1', ' c2 '] }, { firstOrder: true }],
        actions: [
          { orderPercentOff: { percent: 12.5, maxAmount: 1000 } },
          { linesAmountOff: { amountPerUnit: 300, productIds: ['p1'] } },
          { freeShipping: true },
          { buyXGetY: { buyQuantity: 2, getQuantity: 1 } },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Welcome',
        code: 'WELCOME10',
        conditions: [
          { kind: 'MIN_SUBTOTAL', amount: 2000 },
          { kind: 'CATEGORIES', categoryIds: ['c1', 'c2'] },
          { kind: 'FIRST_ORDER' },
        ],
        actions: [
          { kind: 'ORDER_PERCENT_OFF', basisPoints: 1250, maxAmount: 1000 },
          {
            kind: 'LINES_AMOUNT_OFF',
            amountPerUnit: 300,
            maxAmount: null,
            target: { productIds: ['p1'], categoryIds: [] },
          },
          { kind: 'FREE_SHIPPING' },
          {
            kind: 'BUY_X_GET_Y',
            buyQuantity: 2,
            getQuantity: 1,
            basisPoints: 10_000,
            maxApplications: null,
            maxAmount: null,
            target: { productIds: [], categoryIds: [] },
          },
        ],
      }),
    });
  });

  it.each<{ name: string; draft: Partial<PromotionDraft>; code: string; field: string[] }>([
    { name: 'blank name', draft: { name: '   ' }, code: 'INVALID_NAME', field: ['input', 'name'] },
    { name: 'code with spaces', draft: { code: 'TEN OFF' }, code: 'INVALID_CODE', field: ['input', 'code'] },
    {
      name: 'lower-case currency',
      draft: { currency: 'usd' },
      code: 'INVALID_CURRENCY',
      field: ['input', 'currency'],
    },
    { name: 'no actions', draft: { actions: [] }, code: 'INVALID_ACTION', field: ['input', 'actions'] },
    {
      name: 'an action with two members',
      draft: { actions: [{ orderAmountOff: { amount: 100 }, freeShipping: true }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0'],
    },
    {
      name: 'an empty condition',
      draft: { conditions: [{}] },
      code: 'INVALID_CONDITION',
      field: ['input', 'conditions', '0'],
    },
    {
      name: 'percent above 100',
      draft: { actions: [{ orderPercentOff: { percent: 120 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'orderPercentOff'],
    },
    {
      name: 'percent with three decimals',
      draft: { actions: [{ orderPercentOff: { percent: 10.125 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'orderPercentOff'],
    },
    {
      name: 'zero percent',
      draft: { actions: [{ linesPercentOff: { percent: 0 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'linesPercentOff'],
    },
    {
      name: 'fractional amount',
      draft: { actions: [{ orderAmountOff: { amount: 10.5 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'orderAmountOff'],
    },
    {
      name: 'negative cap',
      draft: { actions: [{ orderPercentOff: { percent: 5, maxAmount: -1 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'orderPercentOff'],
    },
    {
      name: 'buy zero',
      draft: { actions: [{ buyXGetY: { buyQuantity: 0, getQuantity: 1 } }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'buyXGetY'],
    },
    {
      name: 'freeShipping false',
      draft: { actions: [{ freeShipping: false }] },
      code: 'INVALID_ACTION',
      field: ['input', 'actions', '0', 'freeShipping'],
    },
    {
      name: 'empty product list',
      draft: { conditions: [{ productIds: [' '] }] },
      code: 'INVALID_CONDITION',
      field: ['input', 'conditions', '0', 'productIds'],
    },
    {
      name: 'the same condition twice',
      draft: { conditions: [{ minSubtotal: 100 }, { minSubtotal: 200 }] },
      code: 'INVALID_CONDITION',
      field: ['input', 'conditions'],
    },
    {
      name: 'firstOrder false',
      draft: { conditions: [{ firstOrder: false }] },
      code: 'INVALID_CONDITION',
      field: ['input', 'conditions', '0', 'firstOrder'],
    },
    {
      name: 'ends before it starts',
      draft: { startsAt: new Date('2026-12-02'), endsAt: new Date('2026-12-01') },
      code: 'INVALID_WINDOW',
      field: ['input', 'endsAt'],
    },
    {
      name: 'zero usage limit',
      draft: { usageLimit: 0 },
      code: 'INVALID_LIMIT',
      field: ['input', 'usageLimit'],
    },
    {
      name: 'fractional per-customer limit',
      draft: { perCustomerLimit: 1.5 },
      code: 'INVALID_LIMIT',
      field: ['input', 'perCustomerLimit'],
    },
    {
      name: 'priority out of range',
      draft: { priority: 5000 },
      code: 'INVALID_PRIORITY',
      field: ['input', 'priority'],
    },
  ])('$name → $code at $field', ({ draft: overrides, code, field }) => {
    const result = validatePromotionDraft(draft(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ code, field })]);
    expect(result.problems[0]!.message.length).toBeGreaterThan(10);
  });

  it('reports every problem at once', () => {
    const result = validatePromotionDraft(draft({ name: '', code: '!', usageLimit: -3, actions: [] }));
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([
      'INVALID_NAME',
      'INVALID_CODE',
      'INVALID_LIMIT',
      'INVALID_ACTION',
    ]);
  });

  it('round-trips stored rules back into input, so updates re-validate the merged whole', () => {
    const first = validatePromotionDraft(
      draft({
        conditions: [{ minQuantity: 2 }, { productIds: ['p'] }],
        actions: [
          { linesPercentOff: { percent: 33.33, categoryIds: ['c'] } },
          { buyXGetY: { buyQuantity: 1, getQuantity: 1, percent: 50, maxApplications: 2 } },
        ],
      }),
    );
    if (!first.ok) throw new Error('expected a valid draft');
    const again = validatePromotionDraft(draftFromDefinition(first.value));
    expect(again).toEqual(first);
  });
});
