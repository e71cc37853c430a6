import type { CarrierService } from './rate-table';

/**
 * Tracking numbers look like a carrier's: carrier code, service letter, 16 random digits and a Luhn check
 * digit, e.g. PNS48213977612345679. Sixteen random digits (about 2^53) make them unguessable enough
 * to serve tracking publicly; the check digit lets a typo be rejected without a lookup.
 */
export const RANDOM_DIGITS = 16;

const SHAPE = /^[A-Z]{2}[A-Z]\d{17}$/;

/** The Luhn check digit of a string of digits. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    // Doubling starts at the rightmost digit, since the check digit will be appended after it.
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function trackingNumber(
  service: Pick<CarrierService, 'carrierCode' | 'serviceCode'>,
  randomDigits: string,
): string {
  if (!new RegExp(`^\\d{${RANDOM_DIGITS}}$`).test(randomDigits)) {
    throw new Error(`A tracking number needs ${RANDOM_DIGITS} random digits`);
  }
  return `${service.carrierCode}${service.serviceCode}${randomDigits}${luhnCheckDigit(randomDigits)}`;
}

/** Upper-cases and drops the spaces and dashes people type between groups. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function isTrackingNumber(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const digits = value.slice(3, 3 + RANDOM_DIGITS);
  return luhnCheckDigit(digits) === Number(value.at(-1));
}
