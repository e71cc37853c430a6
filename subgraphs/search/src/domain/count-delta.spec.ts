import { describe, expect, it } from 'vitest';
import { countDelta } from './count-delta';

describe('countDelta', () => {
  it('counts keys gained and lost across documents, sorted, without no-op entries', () => {
    expect(
      countDelta([
        { before: [], after: ['studio', 'headphones'] },
        { before: ['kids', 'headphones'], after: ['kids', 'earbuds'] },
        { before: ['lamp'], after: [] },
      ]),
    ).toEqual([
      ['earbuds', 1],
      ['lamp', -1],
      ['studio', 1],
    ]);
  });

  it('ignores repeated keys within one document', () => {
    expect(countDelta([{ before: [], after: ['a', 'a'] }])).toEqual([['a', 1]]);
  });
});
