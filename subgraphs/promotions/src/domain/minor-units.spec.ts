import { describe, expect, it } from 'vitest';
import { allocate, capped, percentOf } from './minor-units';

describe('percentOf rounds down to a whole minor unit', () => {
  it.each([
    { amount: 1999, basisPoints: 1000, expected: 199 }, // 199.9 → 199
    { amount: 1995, basisPoints: 1000, expected: 199 }, // 199.5 → 199 (never up, even at .5)
    { amount: 1990, basisPoints: 1000, expected: 199 },
    { amount: 333, basisPoints: 3333, expected: 110 }, // 110.9889 → 110
    { amount: 1, basisPoints: 5000, expected: 0 },
    { amount: 4999, basisPoints: 10_000, expected: 4999 },
    { amount: 1250, basisPoints: 1250, expected: 156 }, // 12.5 % of $12.50 = 156.25
    { amount: 2_147_483_647, basisPoints: 9999, expected: 2_147_268_898 }, // exact at the largest amount
  ])('$basisPoints bp of $amount = $expected', ({ amount, basisPoints, expected }) => {
    expect(percentOf(amount, basisPoints)).toBe(expected);
  });
});

describe('capped', () => {
  it.each([
    { amount: 500, cap: null, expected: 500 },
    { amount: 500, cap: 300, expected: 300 },
    { amount: 200, cap: 300, expected: 200 },
  ])('$amount capped at $cap = $expected', ({ amount, cap, expected }) => {
    expect(capped(amount, cap)).toBe(expected);
  });
});

describe('allocate splits exactly in proportion, largest remainder first', () => {
  it.each([
    { amount: 100, weights: [1, 1, 1], expected: [34, 33, 33] },
    { amount: 10, weights: [500, 300, 200], expected: [5, 3, 2] },
    { amount: 7, weights: [1000, 0, 1000], expected: [4, 0, 3] },
    { amount: 0, weights: [10, 20], expected: [0, 0] },
    { amount: 5, weights: [0, 0], expected: [0, 0] },
    { amount: 299, weights: [1000, 2000], expected: [100, 199] },
    { amount: 3, weights: [1, 1, 1, 1], expected: [1, 1, 1, 0] },
  ])('$amount over $weights = $expected', ({ amount, weights, expected }) => {
    const shares = allocate(amount, weights);
    expect(shares).toEqual(expected);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(weights.some((w) => w > 0) ? amount : 0);
  });

  it('never gives a part more than its weight and stays exact past 2^53', () => {
    const weights = [2_000_000_000, 1_000_000_000, 147_483_647];
    const shares = allocate(2_147_483_647, weights);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(2_147_483_647);
    shares.forEach((share, index) => expect(share).toBeLessThanOrEqual(weights[index]!));
  });
});
