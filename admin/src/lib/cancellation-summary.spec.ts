import { describe, expect, it } from 'vitest';
import { cancellationSummary } from './cancellation-summary';

describe('cancellationSummary', () => {
  it('says what became of the payment and the shipment', () => {
    expect(
      cancellationSummary({
        number: 'MSA-100001',
        statusHistory: [
          { status: 'PENDING', note: 'Order placed' },
          { status: 'CANCELLED', note: 'Cancelled by an administrator.' },
        ],
        payment: { status: 'REFUNDED', refundedAmount: { formatted: '$72.45' } },
        shipment: { status: 'CANCELLED' },
      }),
    ).toBe(
      'Order MSA-100001 cancelled. Cancelled by an administrator. Payment refunded ($72.45). Shipment cancelled. Reserved or committed stock goes back on the shelf.',
    );
  });

  it('copes with an order that had no payment or shipment yet', () => {
    expect(cancellationSummary({ number: 'MSA-1', statusHistory: [{ status: 'CANCELLED' }] })).toBe(
      'Order MSA-1 cancelled. Reserved or committed stock goes back on the shelf.',
    );
    expect(
      cancellationSummary({
        number: 'MSA-2',
        statusHistory: [{ status: 'CANCELLED', note: 'Voided' }],
        payment: { status: 'VOIDED', refundedAmount: { formatted: '$0.00' } },
      }),
    ).toBe(
      'Order MSA-2 cancelled. Voided. Payment voided. Reserved or committed stock goes back on the shelf.',
    );
  });
});
