import { describe, expect, it } from 'vitest';
import { removeOrderedQuantities } from './order-consumption';
import { NOW, cart, line } from '../../test/support/cart-domain-fixtures';

describe('removeOrderedQuantities', () => {
  it('empties a cart that was ordered in full', () => {
    const ordered = removeOrderedQuantities(
      cart([line('l1', 'v1', 2), line('l2', 'v2', 1)]),
      [
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v2', quantity: 1 },
      ],
      NOW,
    );
    expect(ordered.lines).toEqual([]);
    expect(ordered.updatedAt).toBe(NOW.toISOString());
  });

  it('keeps what was added after the order was taken', () => {
    const ordered = removeOrderedQuantities(
      cart([line('l1', 'v1', 5), line('l2', 'v2', 1)]),
      [{ variantId: 'v1', quantity: 2 }],
      NOW,
    );
    expect(ordered.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      ['v1', 3],
      ['v2', 1],
    ]);
  });

  it('adds up repeated variants of the order', () => {
    const ordered = removeOrderedQuantities(
      cart([line('l1', 'v1', 3)]),
      [
        { variantId: 'v1', quantity: 1 },
        { variantId: 'v1', quantity: 2 },
      ],
      NOW,
    );
    expect(ordered.lines).toEqual([]);
  });
});
