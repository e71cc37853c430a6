import { describe, expect, it } from 'vitest';
import { lineRefs, snapshotCart, type CartView } from './order-snapshot';

const line = (id: string, variantId: string, quantity: number, amount: number, currency = 'USD') => ({
  id,
  quantity,
  variant: { id: variantId },
  unitPrice: { amount, currency },
});

describe('checkout snapshot', () => {
  it('freezes unit prices and computes line and order totals', () => {
    const cart: CartView = { id: 'c1', lines: [line('l1', 'v1', 2, 1999), line('l2', 'v2', 1, 550)] };
    expect(snapshotCart(cart)).toEqual({
      ok: true,
      draft: {
        currency: 'USD',
        lines: [
          { variantId: 'v1', quantity: 2, unitPrice: 1999, lineTotal: 3998 },
          { variantId: 'v2', quantity: 1, unitPrice: 550, lineTotal: 550 },
        ],
        subtotal: 4548,
        discountTotal: 0,
        shippingTotal: 0,
        total: 4548,
      },
    });
  });

  it('refuses an empty cart with EMPTY_CART', () => {
    expect(snapshotCart({ id: 'c1', lines: [] })).toEqual({
      ok: false,
      problem: { code: 'EMPTY_CART', message: 'Your cart is empty.', field: ['input', 'cartId'] },
    });
  });

  it('refuses mixed currencies, missing variants, bad quantities and overflowing totals', () => {
    const code = (cart: CartView) => {
      const result = snapshotCart(cart);
      return result.ok ? 'ok' : result.problem.code + ': ' + result.problem.message;
    };
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
