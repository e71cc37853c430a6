import { describe, expect, it } from 'vitest';
import {
  alsoBought,
  interestSeeds,
  personalRecommendations,
  PURCHASE_WEIGHT,
  VIEW_WEIGHT,
} from './recommendations';

const pair = (productId: string, otherId: string, orders: number) => ({ productId, otherId, orders });

describe('alsoBought', () => {
  it('ranks co-purchased products by how many orders held both, then fills with popular ones', () => {
    const pairs = [pair('knife', 'board', 3), pair('knife', 'sharpener', 5), pair('knife', 'apron', 0)];
    expect(alsoBought('knife', pairs, ['knife', 'board', 'pan', 'kettle'], 4)).toEqual([
      'sharpener',
      'board',
      'pan',
      'kettle',
    ]);
    expect(alsoBought('knife', pairs, [], 1)).toEqual(['sharpener']);
  });

  it('falls back to popular products for a product nobody bought with anything', () => {
    expect(alsoBought('lamp', [], ['lamp', 'vase', 'mirror'], 5)).toEqual(['vase', 'mirror']);
  });
});

describe('personalRecommendations', () => {
  it('weights neighbours of purchases above neighbours of views and skips what the user bought', () => {
    const seeds = interestSeeds(['tent'], ['lamp', 'tent']);
    expect(seeds).toEqual([
      { productId: 'lamp', weight: VIEW_WEIGHT },
      { productId: 'tent', weight: PURCHASE_WEIGHT },
    ]);
    const pairs = [
      pair('tent', 'stove', 1),
      pair('lamp', 'candle', 2),
      pair('tent', 'lamp', 1),
      pair('other', 'x', 9),
    ];
    expect(
      personalRecommendations({
        seeds,
        pairs,
        purchasedIds: ['tent'],
        popular: ['tent', 'mat', 'stove'],
        first: 5,
      }),
    ).toEqual(['lamp', 'stove', 'candle', 'mat']);
  });

  it('is the popular list (minus purchases) for a user with no history', () => {
    expect(
      personalRecommendations({
        seeds: [],
        pairs: [],
        purchasedIds: ['a'],
        popular: ['a', 'b', 'c'],
        first: 2,
      }),
    ).toEqual(['b', 'c']);
  });
});
