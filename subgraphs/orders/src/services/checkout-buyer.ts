import type { Identity } from '@msa/auth';
import { forbidden } from '@msa/subgraph-kit';
import type { Problem } from '../domain/checkout-problems';
import { checkGuestEmail, guestCustomerId } from '../domain/guest-email';

/** Who an order is placed for: the signed-in customer, or a guest known by the email they gave. */
export type CheckoutBuyer =
  | { ok: true; customerId: string; guestEmail: string | null }
  | { ok: false; problem: Problem };

/**
 * Signed-in customers buy as themselves (an email in the input is ignored); anonymous callers must give a
 * valid email, and the order is kept under that guest's pseudonymous customer id. Services cannot buy.
 */
export function checkoutBuyer(identity: Identity | null, email: string | null | undefined): CheckoutBuyer {
  if (identity) {
    if (identity.kind !== 'user') throw forbidden('Only customers can check out');
    return { ok: true, customerId: identity.userId, guestEmail: null };
  }
  const check = checkGuestEmail(email, ['input', 'email']);
  if (!check.ok) return check;
  return { ok: true, customerId: guestCustomerId(check.email), guestEmail: check.email };
}
