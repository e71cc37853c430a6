import { describe, expect, it } from 'vitest';
import { lineRefs, snapshotCheckout, type CartView, type CheckoutFacts } from './order-snapshot';
import type { ShippingRateView } from './shipping-charge';

const line = (id: string, variantId: string, quantity: number, amount: number, currency = 'USD') => ({
  id,
  quantity,
  variant: { id: variantId },
  unitPrice: { amount, currency },
});

const now = new Date('2026-11-25T12:00:00.000Z');
const rate: ShippingRateView = {
  id: 'rate-1',
  amount: { amount: 799, currency: 'USD' },
  carrier: 'Parcelnet',
  service: 'STANDARD',
  expiresAt: '2026-11-25T12:30:00.000Z',
  destination: { country: 'GB', postalCode: 'SW1Y 4JH' },
};
const shipTo = { country: 'GB', postalCode: 'sw1y4jh' };

const facts = (cart: CartView, overrides: Partial<CheckoutFacts> = {}): CheckoutFacts => ({
  cart,
  rate,
  shipTo,
  now,
  ...overrides,
});

const discount = (promotionId: string, amount: number, code: string | null = null, currency = 'USD') => ({
  promotionId,
  code,
  label: `${promotionId} off`,
  amount: { amount, currency },
});

const problemOf = (input: CheckoutFacts) => {
  const result = snapshotCheckout(input);
  return result.ok ? 'ok' : `${result.problem.code}: ${result.problem.message}`;
};

describe('checkout snapshot', () => {
  it('freezes unit prices and computes line totals, shipping and the total', () => {
    const cart: CartView = { id: 'c1', lines: [line('l1', 'v1', 2, 1999), line('l2', 'v2', 1, 550)] };
    expect(snapshotCheckout(facts(cart))).toEqual({
      ok: true,
      draft: {
        currency: 'USD',
        lines: [
          { variantId: 'v1', quantity: 2, unitPrice: 1999, lineTotal: 3998 },
          { variantId: 'v2', quantity: 1, unitPrice: 550, lineTotal: 550 },
        ],
        subtotal: 4548,
        discounts: [],
        discountTotal: 0,
        shippingRateId: 'rate-1',
        shippingTotal: 799,
        total: 5347,
      },
    });
  });

  it('takes the discounts off and adds shipping: total = subtotal − discounts + shipping', () => {
    const cart: CartView = {
      id: 'c1',
      lines: [line('l1', 'v1', 2, 2500)],
      subtotal: { amount: 5000, currency: 'USD' },
      discounts: [discount('p-welcome', 500, 'WELCOME10'), discount('p-auto', 250)],
      discountTotal: { amount: 750 },
      freeShipping: false,
    };
    const result = snapshotCheckout(facts(cart));
    expect(result).toMatchObject({
      ok: true,
      draft: {
        subtotal: 5000,
        discountTotal: 750,
        shippingTotal: 799,
        total: 5049,
        discounts: [
          { promotionId: 'p-welcome', code: 'WELCOME10', label: 'p-welcome off', amount: 500 },
          { promotionId: 'p-auto', code: null, label: 'p-auto off', amount: 250 },
        ],
      },
    });
  });

  it('charges no shipping with free shipping, but still needs a valid rate to ship with', () => {
    const cart: CartView = {
      id: 'c1',
      lines: [line('l1', 'v1', 1, 3000)],
      discounts: [discount('p-ship', 0)],
      discountTotal: { amount: 0 },
      freeShipping: true,
    };
    expect(snapshotCheckout(facts(cart))).toMatchObject({
      ok: true,
      draft: { shippingTotal: 0, total: 3000, shippingRateId: 'rate-1' },
    });
    expect(problemOf(facts(cart, { rate: null }))).toMatch(/^SHIPPING_RATE_INVALID/);
  });

  it('lets a discount take the whole subtotal, never more', () => {
    const whole: CartView = {
      id: 'c1',
      lines: [line('l1', 'v1', 1, 1000)],
      discounts: [discount('p-free', 1000)],
      discountTotal: { amount: 1000 },
      freeShipping: true,
    };
    expect(snapshotCheckout(facts(whole))).toMatchObject({ ok: true, draft: { total: 0 } });
    const more = { ...whole, discounts: [discount('p-free', 1200)], discountTotal: { amount: 1200 } };
    expect(problemOf(facts(more))).toMatch(/^INVALID_CART: .*exceed/);
  });

  it('refuses discounts that do not add up, are negative or in another currency', () => {
    const base: CartView = { id: 'c1', lines: [line('l1', 'v1', 1, 1000)] };
    expect(
      problemOf(facts({ ...base, discounts: [discount('p', 100)], discountTotal: { amount: 150 } })),
    ).toMatch(/^INVALID_CART: .*discounts changed/);
    expect(problemOf(facts({ ...base, discounts: [discount('p', -1)] }))).toMatch(/no valid amount/);
    expect(problemOf(facts({ ...base, discounts: [discount('p', 100, null, 'EUR')] }))).toMatch(
      /no valid amount in USD/,
    );
  });

  it('refuses unknown, expired, foreign-currency or other-address rates with SHIPPING_RATE_INVALID', () => {
    const cart: CartView = { id: 'c1', lines: [line('l1', 'v1', 1, 1000)] };
    expect(problemOf(facts(cart, { rate: null }))).toMatch(
      /^SHIPPING_RATE_INVALID: .*unknown or has expired/,
    );
    expect(problemOf(facts(cart, { rate: { ...rate, expiresAt: '2026-11-25T12:00:00.000Z' } }))).toMatch(
      /^SHIPPING_RATE_INVALID: .*expired/,
    );
    expect(problemOf(facts(cart, { rate: { ...rate, expiresAt: null } }))).toBe('ok');
    expect(problemOf(facts(cart, { rate: { ...rate, amount: { amount: 799, currency: 'EUR' } } }))).toMatch(
      /^SHIPPING_RATE_INVALID: .*not priced in USD/,
    );
    expect(problemOf(facts(cart, { shipTo: { country: 'FR', postalCode: 'SW1Y 4JH' } }))).toMatch(
      /^SHIPPING_RATE_INVALID: .*another address/,
    );
    expect(problemOf(facts(cart, { rate: { ...rate, destination: null } }))).toBe('ok');
  });

  it('refuses a cart whose own subtotal disagrees with its lines', () => {
    expect(
      problemOf(
        facts({ id: 'c', lines: [line('a', 'v1', 2, 100)], subtotal: { amount: 150, currency: 'USD' } }),
      ),
    ).toMatch(/^INVALID_CART: .*changed/);
  });

  it('refuses an empty cart with EMPTY_CART', () => {
    expect(snapshotCheckout(facts({ id: 'c1', lines: [] }))).toEqual({
      ok: false,
      problem: { code: 'EMPTY_CART', message: 'Your cart is empty.', field: ['input', 'cartId'] },
    });
  });

  it('refuses mixed currencies, missing variants, bad quantities and overflowing totals', () => {
    const code = (cart: CartView) =>
      problemOf(facts(cart, { rate: { ...rate, amount: { amount: 0, currency: 'USD' } } }));
    expect(code({ id: 'c', lines: [line('a', 'v1', 1, 100), line('b', 'v2', 1, 100, 'EUR')] })).toMatch(
      /^INVALID_CART: .*currencies/,
    );
    expect(code({ id: 'c', lines: [{ ...line('a', 'v1', 1, 100), variant: null }] })).toMatch(
      /no longer available/,
    );
    expect(code({ id: 'c', lines: [line('a', 'v1', 0, 100)] })).toMatch(/at least 1/);
    expect(code({ id: 'c', lines: [line('a', 'v1', 1, -5)] })).toMatch(/no valid price/);
    expect(code({ id: 'c', lines: [line('a', 'v1', 20, 200_000_000)] })).toMatch(/too large/);
    expect(code({ id: 'c', lines: [line('a', 'v1', 10, 200_000_000)] })).toBe('ok');
    // Shipping can push a total that fits without it over the limit.
    expect(problemOf(facts({ id: 'c', lines: [line('a', 'v1', 1, 2_147_483_000)] }))).toMatch(/too large/);
  });

  it('sums quantities per variant for inventory', () => {
    expect(
      lineRefs([
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v2', quantity: 1 },
        { variantId: 'v1', quantity: 3 },
      ]),
    ).toEqual([
      { variantId: 'v1', quantity: 5 },
      { variantId: 'v2', quantity: 1 },
    ]);
  });
});
