import { describe, expect, it } from 'vitest';
import {
  canCancelOrder,
  canWithdrawReturn,
  canRequestReturn,
  paymentStatusText,
  returnableQuantities,
  returnRequestLines,
  returnStatusText,
  shipmentStatusText,
} from './order-actions';

describe('canCancelOrder', () => {
  it('allows cancelling until the carrier has the parcel', () => {
    expect(canCancelOrder('PENDING', null)).toBe(true);
    expect(canCancelOrder('PAYMENT_FAILED', null)).toBe(true);
    expect(canCancelOrder('CONFIRMED', 'LABEL_CREATED')).toBe(true);
    expect(canCancelOrder('CONFIRMED', 'IN_TRANSIT')).toBe(false);
    expect(canCancelOrder('SHIPPED', 'IN_TRANSIT')).toBe(false);
    expect(canCancelOrder('CANCELLED', null)).toBe(false);
  });
});

describe('returns', () => {
  const lines = [
    { id: 'a', quantity: 2 },
    { id: 'b', quantity: 1 },
  ];

  it('counts what is left to return after earlier returns', () => {
    expect(returnableQuantities(lines, [])).toEqual({ a: 2, b: 1 });
    const earlier = (status: string) => ({ status, lines: [{ orderLineId: 'a', quantity: 1 }] });
    expect(returnableQuantities(lines, [earlier('REQUESTED')])).toEqual({ a: 1, b: 1 });
    expect(returnableQuantities(lines, [earlier('REJECTED'), earlier('CANCELLED')])).toEqual({ a: 2, b: 1 });
  });

  it('lets a return be withdrawn until its items are back', () => {
    expect(canWithdrawReturn('REQUESTED')).toBe(true);
    expect(canWithdrawReturn('APPROVED')).toBe(true);
    expect(canWithdrawReturn('RECEIVED')).toBe(false);
    expect(canWithdrawReturn('CANCELLED')).toBe(false);
  });

  it('offers a return for a delivered order with units left', () => {
    expect(canRequestReturn('DELIVERED', { a: 1 })).toBe(true);
    expect(canRequestReturn('RETURN_REQUESTED', { a: 0, b: 1 })).toBe(true);
    expect(canRequestReturn('RETURN_REQUESTED', { a: 0 })).toBe(false);
    expect(canRequestReturn('SHIPPED', { a: 1 })).toBe(false);
  });

  it('sends only the lines with a quantity', () => {
    expect(returnRequestLines({ a: 0, b: 2 })).toEqual([{ orderLineId: 'b', quantity: 2 }]);
  });
});

describe('status texts', () => {
  it('reads statuses in words, also unknown ones', () => {
    expect(returnStatusText('REQUESTED')).toMatch(/^Requested/);
    expect(shipmentStatusText('OUT_FOR_DELIVERY')).toBe('Out for delivery');
    expect(paymentStatusText('CAPTURED')).toBe('Paid');
    expect(paymentStatusText('ON_HOLD')).toBe('On hold');
  });
});
