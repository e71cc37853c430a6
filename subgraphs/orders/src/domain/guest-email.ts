import { createHash } from 'node:crypto';
import { GUEST_CUSTOMER_PREFIX, isGuestCustomerId } from '@msa/events';
import { z } from 'zod';
import type { Problem } from './checkout-problems';

export const GuestCheckoutErrorCode = {
  EMAIL_REQUIRED: 'EMAIL_REQUIRED',
  INVALID_EMAIL: 'INVALID_EMAIL',
} as const;

const MAX_EMAIL_LENGTH = 254;
const EMAIL = z.email().max(MAX_EMAIL_LENGTH);

/** Emails are compared trimmed and in lower case, as the users service stores them. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export type GuestEmailCheck = { ok: true; email: string } | { ok: false; problem: Problem };

/** The email an anonymous buyer must give: present and well formed. */
export function checkGuestEmail(raw: string | null | undefined, field: string[]): GuestEmailCheck {
  const email = normaliseEmail(raw ?? '');
  if (email === '')
    return {
      ok: false,
      problem: {
        code: GuestCheckoutErrorCode.EMAIL_REQUIRED,
        message: 'Enter your email address so we can send the order confirmation, or sign in.',
        field,
      },
    };
  if (!EMAIL.safeParse(email).success)
    return {
      ok: false,
      problem: {
        code: GuestCheckoutErrorCode.INVALID_EMAIL,
        message: 'Enter a valid email address, like name@example.com.',
        field,
      },
    };
  return { ok: true, email };
}

/**
 * The customer id a guest order carries until a user claims it: a pseudonym of the email, so other services
 * (promotions' per-customer limits, idempotency keys) treat one guest as one customer without ever seeing the
 * address, and no user id can be equal to it.
 */
export function guestCustomerId(email: string): string {
  return (
    GUEST_CUSTOMER_PREFIX + createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 40)
  );
}

export { isGuestCustomerId };
