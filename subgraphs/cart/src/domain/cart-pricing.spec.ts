import { describe, expect, it } from 'vitest';
import { priceCart } from './cart-pricing';
import { cart, line, variant, variantMap } from '../../test/support/cart-domain-fixtures';

describe('priceCart', () => {
  it('prices lines at the current variant price and totals them', () => {
    const priced = priceCart(
      cart([line('l1', 'v1', 2, 1000), line('l2', 'v2', 3, 250)]),
      variantMap(variant('v1', { price: 1000 }), variant('v2', { price: 250 })),
      'USD',
    );
    expect(priced.lines.map((l) => l.lineTotal)).toEqual([
      { amount: 2000, currency: 'USD' },
      { amount: 750, currency: 'USD' },
    ]);
    expect(priced.itemCount).toBe(5);
    expect(priced.subtotal).toEqual({ amount: 2750, currency: 'USD' });
    expect(priced.lines.every((l) => !l.priceChanged && l.purchasable)).toBe(true);
  });

  it('flags a line whose price changed since it was added and uses the new price', () => {
    const priced = priceCart(
      cart([line('l1', 'v1', 2, 1000)]),
      variantMap(variant('v1', { price: 1200 })),
      'USD',
    );
    expect(priced.lines[0]).toMatchObject({
      unitPrice: { amount: 1200, currency: 'USD' },
      addedUnitPrice: { amount: 1000, currency: 'USD' },
      lineTotal: { amount: 2400, currency: 'USD' },
      priceChanged: true,
    });
    expect(priced.subtotal.amount).toBe(2400);
  });

  it('falls back to the price at add time and marks the line unpurchasable when the variant is unknown', () => {
    const priced = priceCart(cart([line('l1', 'v1', 1, 700)]), variantMap(), 'USD');
    expect(priced.lines[0]).toMatchObject({
      unitPrice: { amount: 700 },
      priceChanged: false,
      purchasable: false,
    });
  });

  it('reports a variant that is no longer sold as not purchasable', () => {
    const priced = priceCart(
      cart([line('l1', 'v1', 1)]),
      variantMap(variant('v1', { purchasable: false })),
      'USD',
    );
    expect(priced.lines[0]!.purchasable).toBe(false);
  });

  it('gives an empty cart a zero subtotal in the default currency', () => {
    expect(priceCart(cart(), variantMap(), 'EUR')).toMatchObject({
      itemCount: 0,
      subtotal: { amount: 0, currency: 'EUR' },
      lines: [],
    });
  });
});
