import type { KeyValueStorage, SessionState } from '@msa/web-kit/session-store';

/**
 * The id of the cart a visitor fills before signing in, kept in localStorage so it survives reloads. It is
 * not a secret worth more than the cart itself: anyone holding it can change that guest cart, nothing else.
 */
export class GuestCartStore {
  private readonly listeners = new Set<() => void>();
  private cached: string | null;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly key: string,
  ) {
    this.cached = this.read();
  }

  readonly get = (): string | null => this.cached;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  remember(cartId: string): void {
    this.write(cartId);
  }

  forget(): void {
    this.write(null);
  }

  /** Another tab changed the id (a `storage` event). */
  handleStorageChange(key: string | null): void {
    if (key !== null && key !== this.key) return;
    this.update(this.read());
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  private write(cartId: string | null): void {
    try {
      if (cartId) this.storage?.setItem(this.key, cartId);
      else this.storage?.removeItem(this.key);
    } catch {
      // The cart still works for this page without storage.
    }
    this.update(cartId);
  }

  private update(cartId: string | null): void {
    if (cartId === this.cached) return;
    this.cached = cartId;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Which cart the visitor is using, and so what `cartId` the cart operations take. */
export type CartTarget =
  /** The session is still being restored: wait, the cart depends on it. */
  | { kind: 'pending' }
  /** A guest who has not added anything yet. */
  | { kind: 'none' }
  | { kind: 'guest'; cartId: string }
  /** A signed-in customer: operations omit `cartId` and act on their own cart. */
  | { kind: 'customer' };

export function cartTarget(session: SessionState, guestCartId: string | null): CartTarget {
  if (session.status === 'restoring') return { kind: 'pending' };
  if (session.status === 'signed-in') return { kind: 'customer' };
  return guestCartId ? { kind: 'guest', cartId: guestCartId } : { kind: 'none' };
}

/** The `cartId` variable for a target: the guest cart's id, or none for the customer's own cart. */
export function cartIdVariable(target: CartTarget): string | null {
  return target.kind === 'guest' ? target.cartId : null;
}
