import { describe, expect, it } from 'vitest';
import { anonymisedShippingAddress, ordersExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('ordersExportPart', () => {
  it('lists each order with its lines, address, discounts and history, and the returns', () => {
    const address = { name: 'Ada', line1: '1 Main St', country: 'US' };
    const part = ordersExportPart(
      [
        {
          id: 'o1',
          number: 1001,
          status: 'DELIVERED',
          currency: 'USD',
          subtotal: 3000,
          discountTotal: 300,
          shippingTotal: 500,
          total: 3200,
          shippingAddress: address,
          cancellationReason: null,
          createdAt: at,
          lines: [{ variantId: 'v1', quantity: 2, unitPrice: 1500, lineTotal: 3000 }],
          discounts: [{ code: 'TEN', label: '10% off', amount: 300 }],
          history: [{ status: 'PENDING', at, note: null }],
        },
      ],
      [
        {
          id: 'r1',
          orderId: 'o1',
          status: 'REQUESTED',
          reason: 'Too small',
          refundAmount: 1500,
          currency: 'USD',
          createdAt: at,
          lines: [{ variantId: 'v1', quantity: 1, refundAmount: 1500 }],
        },
      ],
    );
    expect(part).toMatchObject({
      orders: [
        {
          number: 'MSA-1001',
          total: 3200,
          shippingAddress: address,
          placedAt: at.toISOString(),
          lines: [{ variantId: 'v1', quantity: 2 }],
          discounts: [{ code: 'TEN' }],
          statusHistory: [{ status: 'PENDING', at: at.toISOString() }],
        },
      ],
      returns: [{ id: 'r1', reason: 'Too small', lines: [{ quantity: 1 }] }],
    });
  });
});

describe('anonymisedShippingAddress', () => {
  it('keeps only the country, which tax and accounting need', () => {
    expect(
      anonymisedShippingAddress({ name: 'Ada', line1: '1 Main St', city: 'Springfield', country: 'US' }),
    ).toEqual({
      name: 'Deleted customer',
      line1: '',
      line2: null,
      city: '',
      region: null,
      postalCode: '',
      country: 'US',
      phone: null,
    });
    expect(anonymisedShippingAddress(null)).toMatchObject({ country: '' });
  });
});
