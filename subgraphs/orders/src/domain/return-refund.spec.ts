import { describe, expect, it } from 'vitest';
import { discountShares, paidPerLine, unitsRefund } from './return-refund';

const lines = [
  { id: 'a', quantity: 3, lineTotal: 3000 },
  { id: 'b', quantity: 1, lineTotal: 1000 },
  { id: 'c', quantity: 2, lineTotal: 2000 },
];

describe('return refunds', () => {
  it('spreads the discount over the lines by value, adding up to the discount exactly', () => {
    expect(Object.fromEntries(discountShares(lines, 600))).toEqual({ a: 300, b: 100, c: 200 });
    // 100 over 3000/1000/2000 is 50, 16.67, 33.33: the leftover cent goes to the largest remainder.
    expect(Object.fromEntries(discountShares(lines, 100))).toEqual({ a: 50, b: 17, c: 33 });
    const odd = discountShares(lines, 7);
    expect([...odd.values()].reduce((sum, share) => sum + share, 0)).toBe(7);
  });

  it('breaks remainder ties toward the earlier line', () => {
    const even = [
      { id: 'x', quantity: 1, lineTotal: 500 },
      { id: 'y', quantity: 1, lineTotal: 500 },
    ];
    expect(Object.fromEntries(discountShares(even, 1))).toEqual({ x: 1, y: 0 });
  });

  it('has no discount to spread without a discount or without value', () => {
    expect(Object.fromEntries(discountShares(lines, 0))).toEqual({ a: 0, b: 0, c: 0 });
    expect(Object.fromEntries(discountShares([{ id: 'f', quantity: 1, lineTotal: 0 }], 0))).toEqual({ f: 0 });
  });

  it('pays back what was paid for a line: its total less its share', () => {
    expect(Object.fromEntries(paidPerLine(lines, 600))).toEqual({ a: 2700, b: 900, c: 1800 });
  });

  it('adds each line’s tax share to what was paid for it, so a return pays its tax back', () => {
    const taxed = lines.map((line, index) => ({ ...line, taxAmount: [270, 90, 180][index]! }));
    expect(Object.fromEntries(paidPerLine(taxed, 600))).toEqual({ a: 2970, b: 990, c: 1980 });
    // One of three units of line a: a third of 2700 paid plus a third of its 270 tax.
    expect(unitsRefund(paidPerLine(taxed, 600).get('a')!, 3, 0, 1)).toBe(990);
  });

  it('refunds partial returns rounded down, and all returns of a line add up to what was paid', () => {
    // 1000 paid for 3 units: 333, then 333, then the last unit takes the remaining 334.
    expect(unitsRefund(1000, 3, 0, 1)).toBe(333);
    expect(unitsRefund(1000, 3, 1, 1)).toBe(333);
    expect(unitsRefund(1000, 3, 2, 1)).toBe(334);
    expect(unitsRefund(1000, 3, 0, 3)).toBe(1000);
    expect(unitsRefund(1000, 3, 1, 2)).toBe(667);
  });

  it('stays exact for the largest amounts', () => {
    const big = [
      { id: 'p', quantity: 7, lineTotal: 2_000_000_000 },
      { id: 'q', quantity: 1, lineTotal: 147_483_647 },
    ];
    const shares = discountShares(big, 2_147_483_647);
    expect(shares.get('p')! + shares.get('q')!).toBe(2_147_483_647);
    expect(unitsRefund(2_000_000_000, 7, 3, 4)).toBe(2_000_000_000 - Math.floor((2_000_000_000 * 3) / 7));
  });

  it('refunds nothing for units that were free after discounts', () => {
    const paid = paidPerLine([{ id: 'free', quantity: 2, lineTotal: 1000 }], 1000);
    expect(unitsRefund(paid.get('free')!, 2, 0, 2)).toBe(0);
  });
});
