import { describe, expect, it } from 'vitest';
import { attemptOutcome, CheckoutAttempt } from './checkout-attempt';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('CheckoutAttempt', () => {
  it('keeps one key per attempt across double submits and reloads', () => {
    const storage = memoryStorage();
    const next = keys();
    const first = new CheckoutAttempt(storage, 'attempt', next);
    expect(first.keyFor('cart-1')).toBe('key-1');
    expect(first.keyFor('cart-1')).toBe('key-1');
    // A reload builds a new object over the same storage.
    expect(new CheckoutAttempt(storage, 'attempt', next).keyFor('cart-1')).toBe('key-1');
  });

  it('keeps the key when the call got no answer, so the retry is recognised', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), 'attempt', keys());
    attempt.keyFor('cart-1');
    attempt.settle('no-answer');
    expect(attempt.keyFor('cart-1')).toBe('key-1');
  });

  it('draws a new key only after a definitive answer', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), 'attempt', keys());
    attempt.keyFor('cart-1');
    attempt.settle('refused');
    expect(attempt.keyFor('cart-1')).toBe('key-2');
    attempt.settle('order-placed');
    expect(attempt.keyFor('cart-1')).toBe('key-3');
  });

  it('starts a new attempt for another cart', () => {
    const attempt = new CheckoutAttempt(memoryStorage(), 'attempt', keys());
    attempt.keyFor('cart-1');
    expect(attempt.keyFor('cart-2')).toBe('key-2');
  });

  it('works without storage and ignores unreadable entries', () => {
    const attempt = new CheckoutAttempt(null, 'attempt', keys());
    expect(attempt.keyFor('cart-1')).toBe('key-1');
    const storage = memoryStorage();
    storage.setItem('attempt', 'not json');
    expect(new CheckoutAttempt(storage, 'attempt', keys()).keyFor('cart-1')).toBe('key-1');
  });
});

describe('attemptOutcome', () => {
  it('tells placed, refused and unanswered attempts apart', () => {
    expect(attemptOutcome({ orderId: 'o1' })).toBe('order-placed');
    expect(attemptOutcome({ orderId: null })).toBe('refused');
    expect(attemptOutcome('threw')).toBe('no-answer');
  });
});
