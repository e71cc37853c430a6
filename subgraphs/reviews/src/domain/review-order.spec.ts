import { describe, expect, it } from 'vitest';
import {
  compareReviews,
  keysetCondition,
  positionAfter,
  REVIEW_ORDERS,
  reviewCursor,
  type KeysetComparison,
  type ReviewOrder,
  type SortableReview,
} from './review-order';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const review = (id: string, minute: number, rating: number, helpfulCount: number): SortableReview => ({
  id,
  createdAt: at(minute),
  rating,
  helpfulCount,
});

// Ties on every key but the last, so the tie-breakers are exercised.
const REVIEWS: SortableReview[] = [
  review('a', 1, 5, 0),
  review('b', 2, 3, 7),
  review('c', 2, 5, 7),
  review('d', 3, 1, 2),
  review('e', 3, 3, 0),
  review('f', 4, 5, 2),
];

const ids = (list: SortableReview[]) => list.map((r) => r.id).join('');

function evaluate(condition: KeysetComparison[][], row: SortableReview): boolean {
  const value = (v: number | string | Date) => (v instanceof Date ? v.getTime() : v);
  return condition.some((conjunction) =>
    conjunction.every(({ field, op, value: expected }) => {
      const actual = value(row[field]);
      const wanted = value(expected);
      return op === 'eq' ? actual === wanted : op === 'lt' ? actual < wanted : actual > wanted;
    }),
  );
}

/** Pages through REVIEWS the way the repository does: sort, then keep rows after the cursor's position. */
function paginate(order: ReviewOrder, size: number): string[] {
  const sorted = [...REVIEWS].sort(compareReviews(order));
  const pages: string[] = [];
  let after: string | null = null;
  for (;;) {
    const rest: SortableReview[] = after
      ? sorted.filter((row) => evaluate(keysetCondition(positionAfter(order, after!)), row))
      : sorted;
    const page = rest.slice(0, size);
    if (!page.length) return pages;
    pages.push(ids(page));
    after = reviewCursor(order, page[page.length - 1]!);
  }
}

describe('review orders', () => {
  it.each([
    ['NEWEST', 'fedcba'],
    ['MOST_HELPFUL', 'cbfdea'],
    ['RATING_HIGH', 'fcaebd'],
    ['RATING_LOW', 'debfca'],
    ['OLDEST', 'abcdef'],
  ] as const)('%s sorts with (createdAt, id) breaking ties', (order, expected) => {
    expect(ids([...REVIEWS].sort(compareReviews(order)))).toBe(expected);
  });

  it.each(Object.keys(REVIEW_ORDERS) as ReviewOrder[])(
    '%s pages by cursor without gaps or repeats',
    (order) => {
      const whole = ids([...REVIEWS].sort(compareReviews(order)));
      expect(paginate(order, 4).join('')).toBe(whole);
      expect(paginate(order, 1)).toHaveLength(REVIEWS.length);
      expect(paginate(order, 2).join('')).toBe(whole);
    },
  );
});

describe('review cursors', () => {
  it('round-trip the sort keys of the last review', () => {
    const cursor = reviewCursor('MOST_HELPFUL', REVIEWS[1]!);
    expect(positionAfter('MOST_HELPFUL', cursor)).toEqual([
      { field: 'helpfulCount', direction: 'desc', value: 7 },
      { field: 'createdAt', direction: 'desc', value: at(2) },
      { field: 'id', direction: 'desc', value: 'b' },
    ]);
  });

  it('build the keyset condition as an OR of ANDs', () => {
    const position = positionAfter('RATING_LOW', reviewCursor('RATING_LOW', REVIEWS[0]!));
    expect(keysetCondition(position)).toEqual([
      [{ field: 'rating', op: 'gt', value: 5 }],
      [
        { field: 'rating', op: 'eq', value: 5 },
        { field: 'createdAt', op: 'lt', value: at(1) },
      ],
      [
        { field: 'rating', op: 'eq', value: 5 },
        { field: 'createdAt', op: 'eq', value: at(1) },
        { field: 'id', op: 'lt', value: 'a' },
      ],
    ]);
  });

  it('reject a cursor from another order, and garbage, as BAD_USER_INPUT', () => {
    const newest = reviewCursor('NEWEST', REVIEWS[0]!);
    for (const bad of [
      newest,
      'not-a-cursor',
      Buffer.from('{"o":"NEWEST","v":[1,2]}').toString('base64url'),
    ]) {
      let code: unknown;
      try {
        positionAfter(bad === newest ? 'RATING_HIGH' : 'NEWEST', bad);
      } catch (error) {
        code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      }
      expect(code).toBe('BAD_USER_INPUT');
    }
  });
});
