import { describe, expect, it } from 'vitest';
import { cartContentsFingerprint } from './cart-fingerprint';

describe('cartContentsFingerprint', () => {
  const lines = [
    { variantId: 'v1', quantity: 1 },
    { variantId: 'v2', quantity: 3 },
  ];

  it('ignores line order and empty lines', () => {
    expect(cartContentsFingerprint('c1', lines)).toBe(
      cartContentsFingerprint('c1', [...lines].reverse().concat({ variantId: 'v3', quantity: 0 })),
    );
  });

  it('changes with the cart, a quantity or a variant', () => {
    const base = cartContentsFingerprint('c1', lines);
    expect(cartContentsFingerprint('c2', lines)).not.toBe(base);
    expect(cartContentsFingerprint('c1', [lines[0]!, { variantId: 'v2', quantity: 60 }])).not.toBe(base);
    expect(cartContentsFingerprint('c1', [lines[0]!])).not.toBe(base);
  });
});
