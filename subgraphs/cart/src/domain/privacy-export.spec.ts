import { describe, expect, it } from 'vitest';
import { cartExportPart } from './privacy-export';

describe('cartExportPart', () => {
  const at = new Date('2026-12-01T10:00:00.000Z');

  it('lists the saved cart lines with the price seen when added, and the merged guest carts', () => {
    const part = cartExportPart(
      {
        id: 'c1',
        createdAt: at,
        updatedAt: at,
        lines: [{ variantId: 'v1', quantity: 2, addedUnitPrice: 1500, addedCurrency: 'USD', addedAt: at }],
      },
      [{ guestCartId: 'g1', mergedAt: at }],
    );
    expect(part).toEqual({
      cart: {
        id: 'c1',
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        lines: [
          {
            variantId: 'v1',
            quantity: 2,
            unitPriceWhenAdded: 1500,
            currency: 'USD',
            addedAt: at.toISOString(),
          },
        ],
      },
      mergedGuestCarts: [{ guestCartId: 'g1', mergedAt: at.toISOString() }],
    });
  });

  it('says so when the customer has no saved cart', () => {
    expect(cartExportPart(null, [])).toEqual({ cart: null, mergedGuestCarts: [] });
  });
});
