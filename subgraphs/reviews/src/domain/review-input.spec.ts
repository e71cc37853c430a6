import { describe, expect, it } from 'vitest';
import {
  BODY_MAX_LENGTH,
  characterCount,
  TITLE_MAX_LENGTH,
  validateModerationNote,
  validateReviewInput,
  type RawReviewInput,
} from './review-input';

function violationsOf(input: RawReviewInput) {
  const result = validateReviewInput(input);
  return result.ok ? [] : result.violations.map((v) => `${v.code}@${v.field.join('.')}`);
}

describe('validateReviewInput', () => {
  it('accepts a rating alone and normalises blank text to null', () => {
    expect(validateReviewInput({ rating: 4, title: '   ', body: '\n' })).toEqual({
      ok: true,
      content: {
        rating: 4,
        title: null,
        body: null,
        dimensions: { quality: null, value: null, delivery: null },
      },
    });
  });

  it('trims text and keeps the dimension ratings that were given', () => {
    const result = validateReviewInput({
      rating: 5,
      title: ' Great ',
      body: ' Works. ',
      dimensions: { quality: 4, delivery: 2 },
    });
    expect(result).toEqual({
      ok: true,
      content: {
        rating: 5,
        title: 'Great',
        body: 'Works.',
        dimensions: { quality: 4, value: null, delivery: 2 },
      },
    });
  });

  it.each([0, 6, -1, 2.5, Number.NaN])('rejects overall rating %s', (rating) => {
    expect(violationsOf({ rating })).toEqual(['RATING_OUT_OF_RANGE@input.rating']);
  });

  it.each([1, 5])('accepts the boundary rating %s', (rating) => {
    expect(
      violationsOf({ rating, dimensions: { quality: rating, value: rating, delivery: rating } }),
    ).toEqual([]);
  });

  it('reports each out-of-range dimension with its own field path', () => {
    expect(violationsOf({ rating: 3, dimensions: { quality: 0, value: 3, delivery: 9 } })).toEqual([
      'RATING_OUT_OF_RANGE@input.dimensions.quality',
      'RATING_OUT_OF_RANGE@input.dimensions.delivery',
    ]);
  });

  it('limits title and body lengths, counting characters rather than UTF-16 units', () => {
    expect(violationsOf({ rating: 3, title: 'x'.repeat(TITLE_MAX_LENGTH) })).toEqual([]);
    expect(violationsOf({ rating: 3, title: '😀'.repeat(TITLE_MAX_LENGTH) })).toEqual([]);
    expect(violationsOf({ rating: 3, title: 'x'.repeat(TITLE_MAX_LENGTH + 1) })).toEqual([
      'TITLE_TOO_LONG@input.title',
    ]);
    expect(violationsOf({ rating: 3, body: 'y'.repeat(BODY_MAX_LENGTH + 1) })).toEqual([
      'BODY_TOO_LONG@input.body',
    ]);
    expect(characterCount('😀a')).toBe(2);
  });

  it('reports every problem at once', () => {
    expect(
      violationsOf({ rating: 7, title: 'x'.repeat(500), body: 'y'.repeat(BODY_MAX_LENGTH + 1) }),
    ).toEqual(['RATING_OUT_OF_RANGE@input.rating', 'TITLE_TOO_LONG@input.title', 'BODY_TOO_LONG@input.body']);
  });
});

describe('validateModerationNote', () => {
  it('trims, nulls blanks and bounds the length', () => {
    expect(validateModerationNote('  spam  ')).toEqual({ ok: true, note: 'spam' });
    expect(validateModerationNote('   ')).toEqual({ ok: true, note: null });
    expect(validateModerationNote(undefined)).toEqual({ ok: true, note: null });
    const result = validateModerationNote('n'.repeat(1001));
    expect(result.ok ? null : result.violation.code).toBe('NOTE_TOO_LONG');
  });
});
