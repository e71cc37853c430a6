import { describe, expect, it } from 'vitest';
import {
  isCancellable,
  nextShipmentStatuses,
  paymentStatusLabel,
  shipmentStatusLabel,
} from './order-timeline';

describe('order detail wording and rules', () => {
  it('offers only the shipment statuses still ahead', () => {
    expect(nextShipmentStatuses('LABEL_CREATED')).toEqual(['IN_TRANSIT', 'EXCEPTION']);
    expect(nextShipmentStatuses('IN_TRANSIT')).toContain('DELIVERED');
    expect(nextShipmentStatuses('IN_TRANSIT')).not.toContain('IN_TRANSIT');
    expect(nextShipmentStatuses('DELIVERED')).toEqual([]);
    expect(nextShipmentStatuses('CANCELLED')).toEqual([]);
  });

  it('knows which orders may be cancelled', () => {
    expect(isCancellable('CONFIRMED')).toBe(true);
    expect(isCancellable('DELIVERED')).toBe(false);
    expect(isCancellable('CANCELLED')).toBe(false);
  });

  it('words statuses', () => {
    expect(shipmentStatusLabel('OUT_FOR_DELIVERY')).toBe('Out for delivery');
    expect(shipmentStatusLabel('NEW_ONE')).toBe('NEW_ONE');
    expect(paymentStatusLabel('PARTIALLY_REFUNDED')).toBe('Partially refunded');
  });
});
