import type { Identity } from '@msa/auth';
import { describe, expect, it } from 'vitest';
import { mayReadQuote } from './quote-access';

const customer = (userId: string, role: Identity['role'] = 'CUSTOMER') =>
  ({ userId, role, kind: 'user' }) as Identity;
const service = { userId: 'svc', role: 'SERVICE', kind: 'service' } as unknown as Identity;

describe('mayReadQuote', () => {
  const customerQuote = { cartId: 'cart-a', quotedForUserId: 'alice' };
  const guestQuote = { cartId: 'guest-cart', quotedForUserId: null };

  it('answers a signed-in customer’s rate to that customer only', () => {
    expect(mayReadQuote(customerQuote, customer('alice'), null)).toBe(true);
    expect(mayReadQuote(customerQuote, customer('alice'), 'cart-a')).toBe(true);
    expect(mayReadQuote(customerQuote, customer('bob'), 'cart-a')).toBe(false);
    expect(mayReadQuote(customerQuote, customer('staff', 'STAFF'), 'cart-a')).toBe(false);
    expect(mayReadQuote(customerQuote, customer('root', 'ADMIN'), null)).toBe(false);
    expect(mayReadQuote(customerQuote, service, 'cart-a')).toBe(false);
    expect(mayReadQuote(customerQuote, null, 'cart-a')).toBe(false);
  });

  it('answers a guest’s rate to whoever names its cart', () => {
    expect(mayReadQuote(guestQuote, null, 'guest-cart')).toBe(true);
    expect(mayReadQuote(guestQuote, customer('bob'), 'guest-cart')).toBe(true);
    expect(mayReadQuote(guestQuote, null, null)).toBe(false);
    expect(mayReadQuote(guestQuote, customer('bob'), null)).toBe(false);
    expect(mayReadQuote(guestQuote, null, 'other-cart')).toBe(false);
  });

  it('never answers when the named cart is another one', () => {
    expect(mayReadQuote(customerQuote, customer('alice'), 'cart-b')).toBe(false);
  });
});
