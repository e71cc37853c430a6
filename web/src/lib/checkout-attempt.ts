import type { KeyValueStorage } from '@msa/web-kit/session-store';

/**
 * One idempotency key per checkout attempt. It is created on the first submit and kept in sessionStorage, so
 * a double click, a retry after a network failure or a reload sends the same key and the API answers with
 * the one order it created. A new key is drawn only once the attempt has a definitive answer.
 */
export type AttemptOutcome =
  /** The API created (or replayed) an order: this attempt is over. */
  | 'order-placed'
  /** The API refused it (userErrors, no order): nothing was created, so the next submit is a new attempt. */
  | 'refused'
  /** No answer (network failure, timeout, server error): the order may exist; retry with the same key. */
  | 'no-answer';

interface StoredAttempt {
  key: string;
  cartId: string;
}

export class CheckoutAttempt {
  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly storageKey: string,
    private readonly newKey: () => string = () => crypto.randomUUID(),
  ) {}

  /** The key of the attempt under way for this cart, or a new one (remembered before it is sent). */
  keyFor(cartId: string): string {
    const stored = this.read();
    if (stored && stored.cartId === cartId) return stored.key;
    const key = this.newKey();
    this.write({ key, cartId });
    return key;
  }

  /** Records how the attempt ended; only a definitive answer frees the key. */
  settle(outcome: AttemptOutcome): void {
    if (outcome === 'no-answer') return;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // Without storage the key lives only as long as this page; nothing to forget.
    }
  }

  private read(): StoredAttempt | null {
    try {
      const text = this.storage?.getItem(this.storageKey);
      if (!text) return null;
      const parsed = JSON.parse(text) as Partial<StoredAttempt>;
      return typeof parsed.key === 'string' && typeof parsed.cartId === 'string'
        ? { key: parsed.key, cartId: parsed.cartId }
        : null;
    } catch {
      return null;
    }
  }

  private write(attempt: StoredAttempt): void {
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(attempt));
    } catch {
      // The key still protects against double submits on this page.
    }
  }
}

/** How a checkout call ended, from what it returned or threw. */
export function attemptOutcome(result: { orderId: string | null } | 'threw'): AttemptOutcome {
  if (result === 'threw') return 'no-answer';
  return result.orderId ? 'order-placed' : 'refused';
}
