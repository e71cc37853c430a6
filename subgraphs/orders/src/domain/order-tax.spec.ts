import { describe, expect, it } from 'vitest';
import type { OrderDraft } from './order-snapshot';
import { taxOrderDraft } from './order-tax';

const draft = (lineTotals: number[], discountTotal: number, shippingTotal: number): OrderDraft => {
  const subtotal = lineTotals.reduce((sum, amount) => sum + amount, 0);
  return {
    currency: 'USD',
    lines: lineTotals.map((lineTotal, index) => ({
      variantId: `v-${index}`,
      quantity: 1,
      unitPrice: lineTotal,
      lineTotal,
    })),
    subtotal,
    discounts: [],
    discountTotal,
    shippingRateId: 'rate-1',
    shippingTotal,
    total: subtotal - discountTotal + shippingTotal,
  };
};
const NEW_YORK = { id: 'ny', country: 'US', region: 'NY', ratePpm: 88_750, taxShipping: true };

describe('taxOrderDraft', () => {
  it('freezes each line’s share, the tax lines, and a total that includes the tax', () => {
    const taxed = taxOrderDraft(draft([5997, 2500], 1000, 799), NEW_YORK);
    expect(taxed.ok && taxed.draft).toMatchObject({
      lines: [{ taxAmount: 469 }, { taxAmount: 196 }],
      taxTotal: 736,
      taxLines: [{ name: 'Tax US-NY', ratePpm: 88_750, amount: 736 }],
      total: 9032,
    });
  });

  it('leaves a tax-exempt draft as it was, with no tax lines', () => {
    const taxed = taxOrderDraft(draft([1000], 0, 500), null);
    expect(taxed.ok && taxed.draft).toMatchObject({
      lines: [{ taxAmount: 0 }],
      taxTotal: 0,
      taxLines: [],
      total: 1500,
    });
  });

  it('refuses an order the tax pushes past the largest amount an order can hold', () => {
    const taxed = taxOrderDraft(draft([2_000_000_000], 0, 0), NEW_YORK);
    expect(taxed).toMatchObject({ ok: false, problem: { code: 'INVALID_CART' } });
  });
});
