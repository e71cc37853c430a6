import { describe, expect, it } from 'vitest';
import type { PromotionFieldsFragment } from '@/__generated__/graphql';
import {
  emptyAction,
  emptyPromotionForm,
  formFieldOfUserError,
  fromLocalDateTimeInput,
  promotionFormFromApi,
  toLocalDateTimeInput,
  toPromotionInput,
  type PromotionForm,
} from './promotion-form';

const form = (overrides: Partial<PromotionForm>): PromotionForm => ({
  ...emptyPromotionForm(),
  name: 'Spring sale',
  ...overrides,
});

const money = (amount: number) => ({ amount, formatted: `$${(amount / 100).toFixed(2)}` });

describe('toPromotionInput', () => {
  it('builds a coupon with a percent off the order and leaves empty fields as none', () => {
    const result = toPromotionInput(
      form({ code: 'spring-10', actions: [{ ...emptyAction('ORDER_PERCENT_OFF'), percent: '10' }] }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Spring sale',
        code: 'SPRING-10',
        currency: 'USD',
        conditions: [],
        actions: [{ orderPercentOff: { percent: 10, maxAmount: null } }],
        startsAt: null,
        endsAt: null,
        usageLimit: null,
        perCustomerLimit: null,
        stackable: false,
        priority: 0,
      },
    });
  });

  it('sends every condition the form has, each once', () => {
    const result = toPromotionInput(
      form({
        minSubtotal: '50',
        minQuantity: '3',
        conditionProductIds: ['p1'],
        conditionCategoryIds: ['c1', 'c2'],
        firstOrder: true,
        actions: [{ ...emptyAction('FREE_SHIPPING') }],
      }),
    );
    expect(result.ok && result.value.conditions).toEqual([
      { minSubtotal: 5000 },
      { minQuantity: 3 },
      { productIds: ['p1'] },
      { categoryIds: ['c1', 'c2'] },
      { firstOrder: true },
    ]);
    expect(result.ok && result.value.actions).toEqual([{ freeShipping: true }]);
  });

  it('builds every kind of action with its targets and caps', () => {
    const result = toPromotionInput(
      form({
        actions: [
          { ...emptyAction('ORDER_AMOUNT_OFF'), amount: '5.50' },
          { ...emptyAction('LINES_PERCENT_OFF'), percent: '12.5', maxAmount: '20', categoryIds: ['c1'] },
          { ...emptyAction('LINES_AMOUNT_OFF'), amount: '2', productIds: ['p1'] },
          {
            ...emptyAction('BUY_X_GET_Y'),
            buyQuantity: '2',
            getQuantity: '1',
            maxApplications: '3',
            productIds: ['p2'],
          },
        ],
      }),
    );
    expect(result.ok && result.value.actions).toEqual([
      { orderAmountOff: { amount: 550 } },
      { linesPercentOff: { percent: 12.5, maxAmount: 2000, categoryIds: ['c1'] } },
      { linesAmountOff: { amountPerUnit: 200, maxAmount: null, productIds: ['p1'] } },
      {
        buyXGetY: {
          buyQuantity: 2,
          getQuantity: 1,
          percent: null,
          maxApplications: 3,
          maxAmount: null,
          productIds: ['p2'],
        },
      },
    ]);
  });

  it('reads dates, limits, stacking and priority', () => {
    const result = toPromotionInput(
      form({
        startsAt: '2026-03-01T09:00',
        endsAt: '2026-03-31T18:30',
        usageLimit: '100',
        perCustomerLimit: '1',
        stackable: true,
        priority: '-5',
        actions: [{ ...emptyAction('FREE_SHIPPING') }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.startsAt).toBe(new Date('2026-03-01T09:00').toISOString());
    expect(result.value.endsAt).toBe(new Date('2026-03-31T18:30').toISOString());
    expect(result.value).toMatchObject({
      usageLimit: 100,
      perCustomerLimit: 1,
      stackable: true,
      priority: -5,
    });
  });

  it('names every field at fault at once', () => {
    const result = toPromotionInput(
      form({
        name: ' ',
        code: 'x!',
        startsAt: '2026-03-02T00:00',
        endsAt: '2026-03-01T00:00',
        usageLimit: '0',
        perCustomerLimit: '1.5',
        priority: '2000',
        minSubtotal: 'abc',
        actions: [
          { ...emptyAction('ORDER_PERCENT_OFF'), percent: '150' },
          { ...emptyAction('BUY_X_GET_Y'), buyQuantity: '', getQuantity: '1', percent: '0' },
          { ...emptyAction('ORDER_AMOUNT_OFF'), amount: '0' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'name',
        'code',
        'endsAt',
        'usageLimit',
        'perCustomerLimit',
        'priority',
        'minSubtotal',
        'actions.0.percent',
        'actions.1.buyQuantity',
        'actions.1.percent',
        'actions.2.amount',
      ].sort(),
    );
  });

  it('asks for at least one action and keeps per-customer within the total limit', () => {
    const result = toPromotionInput(form({ actions: [], usageLimit: '5', perCustomerLimit: '6' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        actions: 'Add at least one action',
        perCustomerLimit: 'Cannot be above the total usage limit',
      },
    });
  });
});

describe('promotionFormFromApi', () => {
  const saved: PromotionFieldsFragment = {
    id: 'promo-1',
    name: 'Bundle',
    code: 'BUNDLE',
    currency: 'USD',
    startsAt: '2026-03-01T09:00:00.000Z',
    endsAt: null,
    usageLimit: 50,
    perCustomerLimit: null,
    usageCount: 3,
    stackable: true,
    priority: 10,
    active: true,
    status: 'ACTIVE',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    conditions: [
      { kind: 'MIN_SUBTOTAL', minSubtotal: money(2500), minQuantity: null, productIds: [], categoryIds: [] },
      { kind: 'FIRST_ORDER', minSubtotal: null, minQuantity: null, productIds: [], categoryIds: [] },
    ],
    actions: [
      {
        kind: 'LINES_AMOUNT_OFF',
        percent: null,
        amount: money(300),
        maxAmount: money(1000),
        productIds: [],
        categoryIds: ['c1'],
        buyQuantity: null,
        getQuantity: null,
        maxApplications: null,
      },
      {
        kind: 'BUY_X_GET_Y',
        percent: 50,
        amount: null,
        maxAmount: null,
        productIds: ['p1'],
        categoryIds: [],
        buyQuantity: 3,
        getQuantity: 1,
        maxApplications: 2,
      },
    ],
  };

  it('fills the form from a saved promotion', () => {
    const filled = promotionFormFromApi(saved);
    expect(filled).toMatchObject({
      name: 'Bundle',
      code: 'BUNDLE',
      startsAt: toLocalDateTimeInput('2026-03-01T09:00:00.000Z'),
      endsAt: '',
      usageLimit: '50',
      perCustomerLimit: '',
      stackable: true,
      priority: '10',
      minSubtotal: '25.00',
      firstOrder: true,
    });
    expect(filled.actions[0]).toMatchObject({ kind: 'LINES_AMOUNT_OFF', amount: '3.00', maxAmount: '10.00' });
    expect(filled.actions[1]).toMatchObject({ percent: '50', buyQuantity: '3', maxApplications: '2' });
  });

  it('gives back the same input the promotion was made from (form ⇄ API)', () => {
    const result = toPromotionInput(promotionFormFromApi(saved));
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Bundle',
        code: 'BUNDLE',
        currency: 'USD',
        conditions: [{ minSubtotal: 2500 }, { firstOrder: true }],
        actions: [
          { linesAmountOff: { amountPerUnit: 300, maxAmount: 1000, categoryIds: ['c1'] } },
          {
            buyXGetY: {
              buyQuantity: 3,
              getQuantity: 1,
              percent: 50,
              maxApplications: 2,
              maxAmount: null,
              productIds: ['p1'],
            },
          },
        ],
        startsAt: '2026-03-01T09:00:00.000Z',
        endsAt: null,
        usageLimit: 50,
        perCustomerLimit: null,
        stackable: true,
        priority: 10,
      },
    });
  });
});

describe('local date-time inputs', () => {
  it('round-trips a timestamp to the minute and refuses what is not a date', () => {
    const iso = '2026-07-04T15:45:00.000Z';
    expect(fromLocalDateTimeInput(toLocalDateTimeInput(iso))).toBe(iso);
    expect(toLocalDateTimeInput(null)).toBe('');
    expect(fromLocalDateTimeInput('tomorrow')).toBeNull();
  });
});

describe('formFieldOfUserError', () => {
  it('maps API paths to form fields', () => {
    expect(formFieldOfUserError(['input', 'code'])).toBe('code');
    expect(formFieldOfUserError(['input', 'actions', '1', 'linesAmountOff', 'amountPerUnit'])).toBe(
      'actions.1.amount',
    );
    expect(formFieldOfUserError(['input', 'actions', '0'])).toBe('actions.0');
    expect(formFieldOfUserError(['input', 'conditions', '0', 'minSubtotal'])).toBeNull();
    expect(formFieldOfUserError(null)).toBeNull();
  });
});
