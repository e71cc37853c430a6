/**
 * A checkout retried with the same idempotency key returns the order the first attempt made; the same key for
 * a different cart is a client bug (the key was reused for another purchase) and is refused.
 */
export type ReplayDecision = 'replay' | 'key-reused';

export function decideReplay(existing: { cartId: string }, requestedCartId: string): ReplayDecision {
  return existing.cartId === requestedCartId ? 'replay' : 'key-reused';
}

/** Keys are chosen by clients (often a UUID per checkout attempt). */
export function idempotencyKeyProblem(key: string): string | null {
  if (key.trim() !== key || key.length === 0)
    return 'idempotencyKey must be a non-empty string without surrounding spaces';
  if (key.length > 100) return 'idempotencyKey must be at most 100 characters';
  if (!/^[\x21-\x7e]+$/.test(key))
    return 'idempotencyKey may contain only printable ASCII characters without spaces';
  return null;
}
