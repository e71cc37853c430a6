import { describe, expect, it } from 'vitest';
import { publicationEffects } from './review-publication';

const published = { status: 'PUBLISHED', rating: 4 } as const;
const pending = { status: 'PENDING', rating: 4 } as const;
const rejected = { status: 'REJECTED', rating: 4 } as const;

describe('publicationEffects', () => {
  it.each([
    ['a clean new review', null, published, false, true, 1],
    ['a held new review', null, pending, false, false, 0],
    ['approval of a held review', pending, published, false, true, 1],
    ['rejection of a published review', published, rejected, false, false, -1],
    ['an edit that stays published', published, { status: 'PUBLISHED', rating: 2 } as const, true, true, 0],
    ['a moderator confirming a published review', published, published, false, false, 0],
    ['an edit that gets held', published, pending, true, false, -1],
    ['deleting a published review', published, null, false, false, -1],
    ['deleting a held review', pending, null, false, false, 0],
  ] as const)('%s', (_name, before, after, edited, announce, countChange) => {
    const effects = publicationEffects(before, after, edited);
    expect(effects.announcePublished).toBe(announce);
    expect(effects.ratingDelta?.count ?? 0).toBe(countChange);
  });

  it('moves an edited rating between buckets', () => {
    expect(publicationEffects(published, { status: 'PUBLISHED', rating: 2 }, true).ratingDelta).toEqual({
      count: 0,
      sum: -2,
      buckets: [0, 1, 0, -1, 0],
    });
  });
});
