import { describe, expect, it } from 'vitest';
import { shippingExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('shippingExportPart', () => {
  it('lists each shipment with its destination and tracking timeline', () => {
    const part = shippingExportPart([
      {
        id: 's1',
        orderId: 'o1',
        carrier: 'Parcelnet',
        service: 'STANDARD',
        trackingNumber: 'PN123',
        status: 'DELIVERED',
        amount: 500,
        currency: 'USD',
        destinationCountry: 'US',
        destinationCity: 'Springfield',
        estimatedDelivery: at,
        deliveredAt: null,
        createdAt: at,
        events: [{ status: 'LABEL_CREATED', location: null, at }],
      },
    ]);
    expect(part).toEqual({
      shipments: [
        {
          id: 's1',
          orderId: 'o1',
          carrier: 'Parcelnet',
          service: 'STANDARD',
          trackingNumber: 'PN123',
          status: 'DELIVERED',
          amount: 500,
          currency: 'USD',
          destination: { country: 'US', city: 'Springfield' },
          estimatedDelivery: at.toISOString(),
          deliveredAt: null,
          createdAt: at.toISOString(),
          events: [{ status: 'LABEL_CREATED', location: null, at: at.toISOString() }],
        },
      ],
    });
  });
});
