import { describe, expect, it } from 'vitest';
import { actsAsCustomerOf, isAdministrator, type OrderActor } from './order-actor';

const order = { id: 'o-1', customerId: 'guest:abc' };

describe('order actor', () => {
  it('lets a token holder act as the customer of the token’s order only', () => {
    expect(actsAsCustomerOf({ kind: 'order-token', orderId: 'o-1' }, order)).toBe(true);
    expect(actsAsCustomerOf({ kind: 'order-token', orderId: 'o-2' }, order)).toBe(false);
  });

  it('lets a signed-in user act as the customer of their own orders only', () => {
    const owner: OrderActor = { kind: 'user', userId: 'guest:abc', role: 'CUSTOMER' };
    const other: OrderActor = { kind: 'user', userId: 'u-2', role: 'CUSTOMER' };
    expect(actsAsCustomerOf(owner, order)).toBe(true);
    expect(actsAsCustomerOf(other, order)).toBe(false);
    expect(actsAsCustomerOf({ kind: 'service', userId: 'guest:abc', role: 'SERVICE' }, order)).toBe(false);
  });

  it('never takes a token holder for an administrator', () => {
    expect(isAdministrator({ kind: 'order-token', orderId: 'o-1' })).toBe(false);
    expect(isAdministrator({ kind: 'user', userId: 'a-1', role: 'ADMIN' })).toBe(true);
  });
});
