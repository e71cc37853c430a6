/** Stable userError codes of the reviews mutations. */
export const ReviewErrorCode = {
  RATING_OUT_OF_RANGE: 'RATING_OUT_OF_RANGE',
  TITLE_TOO_LONG: 'TITLE_TOO_LONG',
  BODY_TOO_LONG: 'BODY_TOO_LONG',
  NOTE_TOO_LONG: 'NOTE_TOO_LONG',
  PRODUCT_NOT_FOUND: 'PRODUCT_NOT_FOUND',
  REVIEW_EXISTS: 'REVIEW_EXISTS',
  REVIEW_NOT_FOUND: 'REVIEW_NOT_FOUND',
  OWN_REVIEW: 'OWN_REVIEW',
} as const;
export type ReviewErrorCode = (typeof ReviewErrorCode)[keyof typeof ReviewErrorCode];
