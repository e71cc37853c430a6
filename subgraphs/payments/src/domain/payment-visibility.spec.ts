import { describe, expect, it } from 'vitest';
import { canSeePayment } from './payment-visibility';

const payment = { customerId: 'customer-1' };

describe('payment visibility', () => {
  it('shows a payment to its customer and to staff', () => {
    expect(canSeePayment({ userId: 'customer-1', role: 'CUSTOMER', kind: 'user' }, payment)).toBe(true);
    expect(canSeePayment({ userId: 'staff-1', role: 'STAFF', kind: 'user' }, payment)).toBe(true);
    expect(canSeePayment({ userId: 'admin-1', role: 'ADMIN', kind: 'user' }, payment)).toBe(true);
  });

  it('hides it from internal services: no service token carries a payments scope', () => {
    expect(
      canSeePayment(
        { userId: 'service:notifications', role: 'SERVICE', kind: 'service', scopes: ['orders:read'] },
        payment,
      ),
    ).toBe(false);
  });

  it('hides it from other customers and from anonymous callers', () => {
    expect(canSeePayment({ userId: 'customer-2', role: 'CUSTOMER', kind: 'user' }, payment)).toBe(false);
    expect(canSeePayment(null, payment)).toBe(false);
  });
});
