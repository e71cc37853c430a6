import { describe, expect, it } from 'vitest';
import { DEFAULT_CART_LIMITS } from './cart';
import { mergeCarts } from './cart-merge';
import { NOW, cart, line, variant, variantMap } from '../../test/support/cart-domain-fixtures';

const limits = DEFAULT_CART_LIMITS;

describe('mergeCarts', () => {
  it('sums quantities of the same variant and appends variants only the guest had', () => {
    const customer = cart([line('c1', 'v1', 2, 900), line('c2', 'v2', 1)], 'user-1');
    const guest = cart([line('g1', 'v1', 3, 1000), line('g3', 'v3', 4)]);
    const { cart: merged, adjustments } = mergeCarts(
      customer,
      guest,
      variantMap(variant('v1'), variant('v2'), variant('v3')),
      limits,
      NOW,
    );
    expect(merged.lines.map((l) => [l.id, l.variantId, l.quantity])).toEqual([
      ['c1', 'v1', 5],
      ['c2', 'v2', 1],
      ['g3', 'v3', 4],
    ]);
    expect(merged.lines[0]!.addedUnitPrice).toBe(900);
    expect(merged.customerId).toBe('user-1');
    expect(adjustments).toEqual([]);
  });

  it('clamps a summed quantity to the per-line maximum', () => {
    const { cart: merged, adjustments } = mergeCarts(
      cart([line('c1', 'v1', 15)], 'user-1'),
      cart([line('g1', 'v1', 10)]),
      variantMap(variant('v1')),
      limits,
      NOW,
    );
    expect(merged.lines[0]!.quantity).toBe(20);
    expect(adjustments).toEqual([{ variantId: 'v1', requested: 25, kept: 20, reason: 'QUANTITY_LIMIT' }]);
  });

  it('clamps to known available stock and drops lines with none left', () => {
    const { cart: merged, adjustments } = mergeCarts(
      cart([line('c1', 'v1', 2)], 'user-1'),
      cart([line('g1', 'v1', 3), line('g2', 'v2', 1)]),
      variantMap(variant('v1', { available: 4 }), variant('v2', { available: 0 })),
      limits,
      NOW,
    );
    expect(merged.lines.map((l) => [l.variantId, l.quantity])).toEqual([['v1', 4]]);
    expect(adjustments.map((a) => [a.variantId, a.kept, a.reason])).toEqual([
      ['v1', 4, 'OUT_OF_STOCK'],
      ['v2', 0, 'OUT_OF_STOCK'],
    ]);
  });

  it('drops guest lines that would exceed the line limit', () => {
    const { cart: merged, adjustments } = mergeCarts(
      cart([line('c1', 'v1', 1)], 'user-1'),
      cart([line('g2', 'v2', 1), line('g3', 'v3', 1)]),
      variantMap(variant('v1'), variant('v2'), variant('v3')),
      { maxLineQuantity: 20, maxLines: 2 },
      NOW,
    );
    expect(merged.lines.map((l) => l.variantId)).toEqual(['v1', 'v2']);
    expect(adjustments).toEqual([{ variantId: 'v3', requested: 1, kept: 0, reason: 'CART_LINE_LIMIT' }]);
  });

  it('leaves the customer cart untouched when the guest cart is empty', () => {
    const customer = cart([line('c1', 'v1', 30)], 'user-1');
    expect(mergeCarts(customer, cart(), variantMap(variant('v1')), limits, NOW).cart.lines).toEqual(
      customer.lines,
    );
  });
});
