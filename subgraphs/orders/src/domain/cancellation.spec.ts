import type { Identity } from '@msa/auth';
import { describe, expect, it } from 'vitest';
import { cancellationMessage, cancellationNote, decideCancellation } from './cancellation';
import type { OrderStatus } from './order-status';

const owner: Identity = { userId: 'guest:1', role: 'CUSTOMER', kind: 'user' };
const stranger: Identity = { userId: 'u-2', role: 'CUSTOMER', kind: 'user' };
const staff: Identity = { userId: 's-1', role: 'STAFF', kind: 'user' };
const admin: Identity = { userId: 'a-1', role: 'ADMIN', kind: 'user' };
const order = (status: OrderStatus) => ({ id: 'o-1', customerId: 'guest:1', status });

describe('cancellation policy', () => {
  it('lets the owner cancel before shipment', () => {
    expect(decideCancellation(order('PENDING'), owner)).toEqual({
      kind: 'allowed',
      reason: 'CANCELLED_BY_CUSTOMER',
    });
    expect(decideCancellation(order('CONFIRMED'), owner)).toEqual({
      kind: 'allowed',
      reason: 'CANCELLED_BY_CUSTOMER',
    });
    expect(decideCancellation(order('PAYMENT_FAILED'), owner)).toEqual({
      kind: 'allowed',
      reason: 'CANCELLED_BY_CUSTOMER',
    });
    expect(decideCancellation(order('SHIPPED'), owner)).toMatchObject({
      kind: 'not-cancellable',
      message: expect.stringContaining('shipped'),
    });
  });

  it('lets an administrator cancel anything not yet delivered', () => {
    for (const status of ['PENDING', 'PAYMENT_FAILED', 'CONFIRMED', 'SHIPPED'] as const) {
      expect(decideCancellation(order(status), admin)).toEqual({
        kind: 'allowed',
        reason: 'CANCELLED_BY_ADMIN',
      });
    }
    for (const status of ['DELIVERED', 'CANCELLED', 'RETURN_REQUESTED', 'REFUNDED'] as const) {
      expect(decideCancellation(order(status), admin).kind).toBe('not-cancellable');
    }
  });

  it('refuses other customers and staff', () => {
    expect(decideCancellation(order('PENDING'), stranger)).toEqual({ kind: 'forbidden' });
    expect(decideCancellation(order('PENDING'), staff)).toEqual({ kind: 'forbidden' });
  });

  it('lets the holder of this order’s access token cancel as its customer, not another order’s', () => {
    expect(decideCancellation(order('PAYMENT_FAILED'), { kind: 'order-token', orderId: 'o-1' })).toEqual({
      kind: 'allowed',
      reason: 'CANCELLED_BY_CUSTOMER',
    });
    expect(decideCancellation(order('PENDING'), { kind: 'order-token', orderId: 'o-2' })).toEqual({
      kind: 'forbidden',
    });
  });

  it('explains why a cancelled order cannot be cancelled again', () => {
    expect(decideCancellation(order('CANCELLED'), owner)).toEqual({
      kind: 'not-cancellable',
      message: 'This order is cancelled and can no longer be cancelled.',
    });
  });

  it('refuses the customer once the carrier has the parcel, even before the order shows SHIPPED', () => {
    expect(decideCancellation({ ...order('CONFIRMED'), shipmentStatus: 'LABEL_CREATED' }, owner).kind).toBe(
      'allowed',
    );
    expect(decideCancellation({ ...order('CONFIRMED'), shipmentStatus: 'IN_TRANSIT' }, owner).kind).toBe(
      'not-cancellable',
    );
    expect(decideCancellation({ ...order('PENDING'), shipmentStatus: 'IN_TRANSIT' }, admin).kind).toBe(
      'allowed',
    );
  });

  it('writes a note for every reason, including ones it does not know', () => {
    expect(cancellationNote('OUT_OF_STOCK')).toBe('Cancelled: an item is out of stock.');
    expect(cancellationNote('CARD_DECLINED')).toBe('Cancelled: the card was declined.');
    expect(cancellationNote('GIFT_CARD_FROZEN')).toBe('Cancelled: GIFT_CARD_FROZEN.');
  });

  it('tells the customer why checkout ended in a cancellation', () => {
    expect(cancellationMessage('INSUFFICIENT_FUNDS')).toMatch(/insufficient funds/);
    expect(cancellationMessage('USAGE_LIMIT_REACHED')).toBe(
      'The order could not be completed (USAGE_LIMIT_REACHED) and was cancelled.',
    );
  });
});
