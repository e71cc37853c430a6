import { describe, expect, it } from 'vitest';
import { promotionsExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('promotionsExportPart', () => {
  it('lists the coupons entered and the discounts received, released ones marked', () => {
    expect(
      promotionsExportPart({
        coupons: [{ cartId: 'c1', code: 'SAVE10', appliedAt: at }],
        redemptions: [
          {
            orderId: 'o1',
            code: 'SAVE10',
            amount: 300,
            redeemedAt: at,
            releasedAt: at,
            promotion: { name: 'Ten off' },
          },
        ],
      }),
    ).toEqual({
      couponsEntered: [{ cartId: 'c1', code: 'SAVE10', appliedAt: at.toISOString() }],
      discountsReceived: [
        {
          orderId: 'o1',
          promotion: 'Ten off',
          code: 'SAVE10',
          amount: 300,
          redeemedAt: at.toISOString(),
          released: true,
        },
      ],
    });
  });
});
