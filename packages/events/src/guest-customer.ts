/**
 * Orders placed by a guest (no account) carry `customerId: "guest:<pseudonym>"` in events and commands until
 * a user verifies the email and claims them. No user id starts like this; consumers that look a customer up
 * as a user check first.
 */
export const GUEST_CUSTOMER_PREFIX = 'guest:';

export function isGuestCustomerId(customerId: string): boolean {
  return customerId.startsWith(GUEST_CUSTOMER_PREFIX);
}
