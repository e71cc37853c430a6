import { describe, expect, it } from 'vitest';
import { advanceShipmentStatus, deliveryTime, isWithCarrier, shipmentCatchUp } from './shipment-progress';

describe('shipment progress', () => {
  it('only moves forward, ignoring exceptions, cancellations and late reports', () => {
    expect(advanceShipmentStatus(null, 'LABEL_CREATED')).toBe('LABEL_CREATED');
    expect(advanceShipmentStatus('LABEL_CREATED', 'IN_TRANSIT')).toBe('IN_TRANSIT');
    expect(advanceShipmentStatus('IN_TRANSIT', 'DELIVERED')).toBe('DELIVERED');
    expect(advanceShipmentStatus('OUT_FOR_DELIVERY', 'IN_TRANSIT')).toBeNull();
    expect(advanceShipmentStatus('IN_TRANSIT', 'IN_TRANSIT')).toBeNull();
    expect(advanceShipmentStatus('IN_TRANSIT', 'EXCEPTION')).toBeNull();
    expect(advanceShipmentStatus('IN_TRANSIT', 'CANCELLED')).toBeNull();
  });

  it('moves a confirmed order to SHIPPED once the carrier has it, and to DELIVERED on arrival', () => {
    expect(shipmentCatchUp('CONFIRMED', 'LABEL_CREATED')).toEqual([]);
    expect(shipmentCatchUp('CONFIRMED', 'IN_TRANSIT')).toEqual([
      { to: 'SHIPPED', note: 'Shipped: the parcel is in transit.' },
    ]);
    expect(shipmentCatchUp('CONFIRMED', 'OUT_FOR_DELIVERY')).toEqual([
      { to: 'SHIPPED', note: 'Shipped: the parcel is out for delivery.' },
    ]);
    expect(shipmentCatchUp('SHIPPED', 'OUT_FOR_DELIVERY')).toEqual([]);
    expect(shipmentCatchUp('SHIPPED', 'DELIVERED')).toEqual([
      { to: 'DELIVERED', note: 'Delivered by the carrier.' },
    ]);
    expect(shipmentCatchUp('CONFIRMED', 'DELIVERED').map((change) => change.to)).toEqual([
      'SHIPPED',
      'DELIVERED',
    ]);
  });

  it('waits for checkout to confirm the order, and leaves settled orders alone', () => {
    expect(shipmentCatchUp('PENDING', 'DELIVERED')).toEqual([]);
    expect(shipmentCatchUp('CANCELLED', 'IN_TRANSIT')).toEqual([]);
    expect(shipmentCatchUp('DELIVERED', 'DELIVERED')).toEqual([]);
  });

  it('knows when the carrier has the parcel', () => {
    expect(isWithCarrier(null)).toBe(false);
    expect(isWithCarrier('LABEL_CREATED')).toBe(false);
    expect(isWithCarrier('IN_TRANSIT')).toBe(true);
    expect(isWithCarrier('DELIVERED')).toBe(true);
  });

  it('takes the carrier’s delivery time unless it is unreadable or in the future', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    expect(deliveryTime('2026-11-24T09:30:00.000Z', now)).toEqual(new Date('2026-11-24T09:30:00.000Z'));
    expect(deliveryTime('2026-11-26T09:30:00.000Z', now)).toEqual(now);
    expect(deliveryTime('yesterday', now)).toEqual(now);
  });
});
