import { describe, expect, it } from 'vitest';
import { applyStack } from './promotion-engine';
import type { Action, LineTarget } from './promotion-rules';
import { cart, everyLine, line, promotion } from '../../test/support/promotion-domain-fixtures';

const shoes: LineTarget = { productIds: ['shoes'], categoryIds: [] };
const apparel: LineTarget = { productIds: [], categoryIds: ['apparel'] };

const shoe = (price: number, quantity = 1) =>
  line(price, quantity, { productId: 'shoes', categoryIds: ['footwear', 'apparel'] });
const shirt = (price: number, quantity = 1) =>
  line(price, quantity, { productId: 'shirt', categoryIds: ['tops', 'apparel'] });
const mug = (price: number, quantity = 1) =>
  line(price, quantity, { productId: 'mug', categoryIds: ['kitchen'] });

const bxgy = (
  buyQuantity: number,
  getQuantity: number,
  percent = 100,
  maxApplications: number | null = null,
  target = everyLine,
  maxAmount: number | null = null,
): Action => ({
  kind: 'BUY_X_GET_Y',
  buyQuantity,
  getQuantity,
  basisPoints: percent * 100,
  maxApplications,
  maxAmount,
  target,
});

/** What one promotion made of these actions takes off this cart on its own. */
function discountOf(actions: Action[], lines: ReturnType<typeof line>[]) {
  const outcome = applyStack(cart(lines), [promotion({ actions })]);
  return { amount: outcome.total, freeShipping: outcome.freeShipping };
}

describe('each action on its own', () => {
  it.each([
    // order-wide
    {
      name: '10 % off the order',
      actions: [{ kind: 'ORDER_PERCENT_OFF', basisPoints: 1000, maxAmount: null }],
      lines: [shoe(4999), mug(1250)],
      amount: 624,
    },
    {
      name: '10 % off capped at $5',
      actions: [{ kind: 'ORDER_PERCENT_OFF', basisPoints: 1000, maxAmount: 500 }],
      lines: [shoe(9999)],
      amount: 500,
    },
    {
      name: '$15 off the order',
      actions: [{ kind: 'ORDER_AMOUNT_OFF', amount: 1500 }],
      lines: [mug(2000)],
      amount: 1500,
    },
    {
      name: '$15 off never exceeds the order',
      actions: [{ kind: 'ORDER_AMOUNT_OFF', amount: 1500 }],
      lines: [mug(999)],
      amount: 999,
    },
    // lines
    {
      name: '20 % off shoes only',
      actions: [{ kind: 'LINES_PERCENT_OFF', basisPoints: 2000, maxAmount: null, target: shoes }],
      lines: [shoe(5000, 2), mug(1000)],
      amount: 2000,
    },
    {
      name: '20 % off apparel (by ancestor category)',
      actions: [{ kind: 'LINES_PERCENT_OFF', basisPoints: 2000, maxAmount: null, target: apparel }],
      lines: [shoe(1000), shirt(999), mug(5000)],
      amount: 399,
    },
    {
      name: 'line percentage taken once of the sum, not per line',
      actions: [{ kind: 'LINES_PERCENT_OFF', basisPoints: 1000, maxAmount: null, target: everyLine }],
      lines: [mug(5), mug(5), mug(5)],
      amount: 1,
    },
    {
      name: 'line percentage capped',
      actions: [{ kind: 'LINES_PERCENT_OFF', basisPoints: 5000, maxAmount: 700, target: shoes }],
      lines: [shoe(3000)],
      amount: 700,
    },
    {
      name: '$3 off each shoe',
      actions: [{ kind: 'LINES_AMOUNT_OFF', amountPerUnit: 300, maxAmount: null, target: shoes }],
      lines: [shoe(5000, 3), mug(1000, 4)],
      amount: 900,
    },
    {
      name: '$3 off each unit never below zero',
      actions: [{ kind: 'LINES_AMOUNT_OFF', amountPerUnit: 300, maxAmount: null, target: everyLine }],
      lines: [mug(200, 2), shoe(1000)],
      amount: 700,
    },
    {
      name: '$3 off each unit capped at $5',
      actions: [{ kind: 'LINES_AMOUNT_OFF', amountPerUnit: 300, maxAmount: 500, target: everyLine }],
      lines: [mug(1000, 3)],
      amount: 500,
    },
    {
      name: 'no matching line gives nothing',
      actions: [{ kind: 'LINES_PERCENT_OFF', basisPoints: 2000, maxAmount: null, target: shoes }],
      lines: [mug(1000)],
      amount: 0,
    },
    // buy X get Y
    {
      name: 'BOGO: 2 units, the cheaper is free',
      actions: [bxgy(1, 1)],
      lines: [shoe(3000), shirt(2000)],
      amount: 2000,
    },
    { name: 'BOGO: 3 units make one group', actions: [bxgy(1, 1)], lines: [mug(1000, 3)], amount: 1000 },
    {
      name: 'BOGO: 4 units of one line make two groups',
      actions: [bxgy(1, 1)],
      lines: [mug(1000, 4)],
      amount: 2000,
    },
    {
      name: 'buy 2 get 1: the cheapest units of the cart are free',
      actions: [bxgy(2, 1)],
      lines: [shoe(5000, 2), shirt(1500, 2), mug(800, 2)],
      amount: 1600,
    },
    {
      name: 'buy 2 get 1 at 50 %',
      actions: [bxgy(2, 1, 50)],
      lines: [shoe(5000), shirt(2001), mug(999)],
      amount: 499,
    },
    {
      name: 'buy 1 get 1 with at most one application',
      actions: [bxgy(1, 1, 100, 1)],
      lines: [mug(1000, 6)],
      amount: 1000,
    },
    {
      name: 'buy 1 get 1 on shoes ignores other lines',
      actions: [bxgy(1, 1, 100, null, shoes)],
      lines: [shoe(4000), mug(100, 5)],
      amount: 0,
    },
    {
      name: 'buy 1 get 1 on shoes',
      actions: [bxgy(1, 1, 100, null, shoes)],
      lines: [shoe(4000), shoe(3500), mug(100)],
      amount: 3500,
    },
    { name: 'buy 3 get 1: too few units', actions: [bxgy(3, 1)], lines: [mug(1000, 3)], amount: 0 },
    {
      name: 'BOGO capped at $15',
      actions: [bxgy(1, 1, 100, null, everyLine, 1500)],
      lines: [mug(1000, 4)],
      amount: 1500,
    },
    // several actions in one promotion: line actions first, then the order percentage of what is left
    {
      name: 'free shipping alone takes nothing off',
      actions: [{ kind: 'FREE_SHIPPING' }],
      lines: [mug(1000)],
      amount: 0,
    },
    {
      name: '$10 off shoes, then 10 % off the rest of the order',
      actions: [
        { kind: 'ORDER_PERCENT_OFF', basisPoints: 1000, maxAmount: null },
        { kind: 'LINES_AMOUNT_OFF', amountPerUnit: 1000, maxAmount: null, target: shoes },
      ],
      lines: [shoe(5000), mug(1000)],
      amount: 1000 + 500,
    },
  ] as { name: string; actions: Action[]; lines: ReturnType<typeof line>[]; amount: number }[])(
    '$name',
    ({ actions, lines, amount }) => {
      expect(discountOf(actions, lines).amount).toBe(amount);
    },
  );

  it('free shipping sets the flag and nothing else', () => {
    expect(discountOf([{ kind: 'FREE_SHIPPING' }], [mug(1000)])).toEqual({ amount: 0, freeShipping: true });
  });
});
