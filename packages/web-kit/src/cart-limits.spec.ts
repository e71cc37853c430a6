import { describe, expect, it } from 'vitest';
import { MAX_CART_LINE_QUANTITY, remainingLineQuantity } from './cart-limits';

describe('remainingLineQuantity', () => {
  it('is what still fits in the line, never below zero', () => {
    expect(remainingLineQuantity(0)).toBe(MAX_CART_LINE_QUANTITY);
    expect(remainingLineQuantity(15)).toBe(MAX_CART_LINE_QUANTITY - 15);
    expect(remainingLineQuantity(25)).toBe(0);
    expect(remainingLineQuantity(2, 3)).toBe(1);
  });
});
