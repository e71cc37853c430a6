import { describe, expect, it } from 'vitest';
import {
  countsAsPlacedOrder,
  InvalidRedemptionRequestError,
  parseRedemptionRequest,
} from './redemption-request';

const valid = {
  orderId: 'order-1',
  customerId: 'customer-1',
  redemptions: [
    { promotionId: 'b', code: 'WELCOME10', amount: 500 },
    { promotionId: 'a', code: null, amount: 0 },
  ],
};

describe('parseRedemptionRequest', () => {
  it('accepts the catalog payload and sorts lines by promotion id', () => {
    expect(parseRedemptionRequest(valid).redemptions.map((line) => line.promotionId)).toEqual(['a', 'b']);
  });

  it('keeps the optional order total for revenue', () => {
    expect(parseRedemptionRequest({ ...valid, orderTotal: 4599, currency: 'USD' })).toMatchObject({
      orderTotal: 4599,
      currency: 'USD',
    });
  });

  it.each([
    { name: 'no order id', payload: { ...valid, orderId: '' } },
    { name: 'no customer', payload: { ...valid, customerId: undefined } },
    {
      name: 'a negative amount',
      payload: { ...valid, redemptions: [{ promotionId: 'a', code: null, amount: -1 }] },
    },
    {
      name: 'a fractional amount',
      payload: { ...valid, redemptions: [{ promotionId: 'a', code: null, amount: 1.5 }] },
    },
    {
      name: 'a promotion listed twice',
      payload: { ...valid, redemptions: [valid.redemptions[0], valid.redemptions[0]] },
    },
    { name: 'a bad currency', payload: { ...valid, currency: 'usd' } },
  ])('refuses $name', ({ payload }) => {
    expect(() => parseRedemptionRequest(payload)).toThrow(InvalidRedemptionRequestError);
  });
});

describe('countsAsPlacedOrder', () => {
  it.each([
    ['PENDING', false],
    ['CANCELLED', false],
    ['CONFIRMED', true],
    ['SHIPPED', true],
    ['DELIVERED', true],
    ['REFUNDED', true],
  ])('%s → %s', (status, expected) => {
    expect(countsAsPlacedOrder(status)).toBe(expected);
  });
});
