/** Letters, digits, `-` and `_`, 3 to 32 characters, starting with a letter or digit. */
export const COUPON_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;

/**
 * Codes are case-insensitive: stored and compared upper-cased, surrounding spaces ignored (people paste them
 * from emails). Null when the text cannot be a code at all.
 */
export function normalizeCouponCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return COUPON_CODE_PATTERN.test(code) ? code : null;
}
