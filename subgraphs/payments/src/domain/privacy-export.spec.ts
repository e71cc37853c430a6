import { describe, expect, it } from 'vitest';
import { paymentsExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');
const payment = {
  id: 'p1',
  orderId: 'o1',
  amount: 3200,
  currency: 'USD',
  status: 'CAPTURED',
  cardBrand: 'visa',
  cardLast4: '4242',
  capturedAmount: 3200,
  refundedAmount: 1000,
  createdAt: at,
  refunds: [{ id: 'r1', amount: 1000, reason: 'damaged', status: 'SUCCEEDED', createdAt: at }],
};

describe('paymentsExportPart', () => {
  it('lists payments with the card shown to the customer and their refunds', () => {
    expect(paymentsExportPart([payment])).toEqual({
      payments: [
        {
          id: 'p1',
          orderId: 'o1',
          amount: 3200,
          currency: 'USD',
          status: 'CAPTURED',
          card: { brand: 'visa', last4: '4242' },
          capturedAmount: 3200,
          refundedAmount: 1000,
          createdAt: at.toISOString(),
          refunds: [
            { id: 'r1', amount: 1000, reason: 'damaged', status: 'SUCCEEDED', createdAt: at.toISOString() },
          ],
        },
      ],
    });
  });

  it('shows no card when none was recorded', () => {
    expect(paymentsExportPart([{ ...payment, cardBrand: null, cardLast4: null, refunds: [] }])).toMatchObject(
      {
        payments: [{ card: null, refunds: [] }],
      },
    );
  });
});
