import {
  MAX_RATING,
  MIN_RATING,
  type ReviewContent,
  type ReviewDimensions,
  type ReviewViolation,
} from './review';
import { ReviewErrorCode } from './review-error-codes';

export const TITLE_MAX_LENGTH = 120;
export const BODY_MAX_LENGTH = 5000;
export const MODERATION_NOTE_MAX_LENGTH = 1000;

export interface RawReviewInput {
  rating: number;
  title?: string | null;
  body?: string | null;
  dimensions?: Partial<Record<keyof ReviewDimensions, number | null>> | null;
}

const DIMENSIONS: readonly (keyof ReviewDimensions)[] = ['quality', 'value', 'delivery'];

function isStarRating(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_RATING && value <= MAX_RATING;
}

/** Trimmed text, or null when nothing but whitespace was sent. */
function normaliseText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length ? trimmed : null;
}

/** Length in characters as a reader counts them (an emoji is one, not two UTF-16 units). */
export function characterCount(text: string): number {
  return [...text].length;
}

function checkLength(
  text: string | null,
  max: number,
  code: string,
  what: string,
  field: string[],
): ReviewViolation | null {
  if (text === null || characterCount(text) <= max) return null;
  return { code, message: `${what} may be at most ${max} characters; got ${characterCount(text)}`, field };
}

/** Validates what an author sent; every problem is reported at once, each with the input field at fault. */
export function validateReviewInput(
  input: RawReviewInput,
): { ok: true; content: ReviewContent } | { ok: false; violations: ReviewViolation[] } {
  const violations: ReviewViolation[] = [];
  if (!isStarRating(input.rating)) {
    violations.push({
      code: ReviewErrorCode.RATING_OUT_OF_RANGE,
      message: `Rating must be a whole number from ${MIN_RATING} to ${MAX_RATING}; got ${input.rating}`,
      field: ['input', 'rating'],
    });
  }
  const dimensions: ReviewDimensions = { quality: null, value: null, delivery: null };
  for (const name of DIMENSIONS) {
    const value = input.dimensions?.[name];
    if (value === null || value === undefined) continue;
    if (!isStarRating(value)) {
      violations.push({
        code: ReviewErrorCode.RATING_OUT_OF_RANGE,
        message: `The ${name} rating must be a whole number from ${MIN_RATING} to ${MAX_RATING}; got ${value}`,
        field: ['input', 'dimensions', name],
      });
    }
    dimensions[name] = value;
  }
  const title = normaliseText(input.title);
  const body = normaliseText(input.body);
  for (const problem of [
    checkLength(title, TITLE_MAX_LENGTH, ReviewErrorCode.TITLE_TOO_LONG, 'The title', ['input', 'title']),
    checkLength(body, BODY_MAX_LENGTH, ReviewErrorCode.BODY_TOO_LONG, 'The review text', ['input', 'body']),
  ]) {
    if (problem) violations.push(problem);
  }
  if (violations.length) return { ok: false, violations };
  return { ok: true, content: { rating: input.rating, title, body, dimensions } };
}

/** An administrator's moderation note: trimmed, optional, bounded. */
export function validateModerationNote(
  note: string | null | undefined,
): { ok: true; note: string | null } | { ok: false; violation: ReviewViolation } {
  const text = normaliseText(note);
  const problem = checkLength(text, MODERATION_NOTE_MAX_LENGTH, ReviewErrorCode.NOTE_TOO_LONG, 'The note', [
    'note',
  ]);
  return problem ? { ok: false, violation: problem } : { ok: true, note: text };
}
