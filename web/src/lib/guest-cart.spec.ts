import { describe, expect, it } from 'vitest';
import { cartIdVariable, cartTarget, GuestCartStore } from './guest-cart';
import { memoryStorage } from '@msa/web-kit/session-store';

const KEY = 'test.guestCartId';
const user = { id: 'u1', name: 'Ada', email: null, role: 'CUSTOMER' as const };

describe('GuestCartStore', () => {
  it('remembers, reports and forgets the guest cart id', () => {
    const storage = memoryStorage();
    const store = new GuestCartStore(storage, KEY);
    let changes = 0;
    store.subscribe(() => changes++);

    store.remember('cart-1');
    store.remember('cart-1');
    expect(store.get()).toBe('cart-1');
    expect(storage.getItem(KEY)).toBe('cart-1');
    store.forget();
    expect(store.get()).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
    expect(changes).toBe(2);
  });

  it('picks up an id written by another tab', () => {
    const storage = memoryStorage();
    const store = new GuestCartStore(storage, KEY);
    storage.setItem(KEY, 'cart-2');
    store.handleStorageChange('unrelated');
    expect(store.get()).toBeNull();
    store.handleStorageChange(KEY);
    expect(store.get()).toBe('cart-2');
  });

  it('works without storage for the life of the page', () => {
    const store = new GuestCartStore(null, KEY);
    store.remember('cart-3');
    expect(store.get()).toBe('cart-3');
  });
});

describe('cartTarget', () => {
  it('waits while the session is restored', () => {
    expect(cartTarget({ status: 'restoring' }, 'cart-1')).toEqual({ kind: 'pending' });
  });

  it('uses the own cart when signed in, even if a guest id is left over', () => {
    const target = cartTarget({ status: 'signed-in', user }, 'cart-1');
    expect(target).toEqual({ kind: 'customer' });
    expect(cartIdVariable(target)).toBeNull();
  });

  it('uses the guest cart, or none yet, when signed out', () => {
    const guest = cartTarget({ status: 'signed-out' }, 'cart-1');
    expect(guest).toEqual({ kind: 'guest', cartId: 'cart-1' });
    expect(cartIdVariable(guest)).toBe('cart-1');
    expect(cartTarget({ status: 'signed-out' }, null)).toEqual({ kind: 'none' });
  });
});
