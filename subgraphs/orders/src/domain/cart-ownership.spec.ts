import { describe, expect, it } from 'vitest';
import { mayCheckOutCart } from './cart-ownership';

describe('mayCheckOutCart', () => {
  it('lets anyone holding a guest cart id check it out', () => {
    expect(mayCheckOutCart({ id: 'guest', isGuest: true }, null)).toBe(true);
    expect(mayCheckOutCart({ id: 'guest', isGuest: true }, 'mine')).toBe(true);
  });

  it('lets a customer check out only their own cart, whatever their role lets them read', () => {
    expect(mayCheckOutCart({ id: 'mine', isGuest: false }, 'mine')).toBe(true);
    expect(mayCheckOutCart({ id: 'theirs', isGuest: false }, 'mine')).toBe(false);
    expect(mayCheckOutCart({ id: 'theirs', isGuest: false }, null)).toBe(false);
  });

  it('treats a cart whose kind is unknown as someone else’s unless it is the caller’s own', () => {
    expect(mayCheckOutCart({ id: 'theirs' }, 'mine')).toBe(false);
    expect(mayCheckOutCart({ id: 'mine', isGuest: null }, 'mine')).toBe(true);
  });
});
