import type { KeyValueStorage } from '@msa/web-kit/session-store';

const KEY_PREFIX = 'msa.web.guestOrderAccess.';

/**
 * The access tokens of orders placed here as a guest, kept in this browser so the confirmation page can follow
 * the order live (and again after a reload). Nothing else can read the order without one.
 */
export class GuestOrderAccess {
  constructor(private readonly storage: KeyValueStorage | null) {}

  remember(orderId: string, accessToken: string): void {
    try {
      this.storage?.setItem(KEY_PREFIX + orderId, accessToken);
    } catch {
      // Storage full or refused: the page still works for this visit through the URL state.
    }
  }

  tokenFor(orderId: string): string | null {
    try {
      return this.storage?.getItem(KEY_PREFIX + orderId) ?? null;
    } catch {
      return null;
    }
  }
}

/** Where a guest's order is followed after checkout. */
export function guestOrderPath(orderId: string): string {
  return `/orders/${encodeURIComponent(orderId)}?placed=1`;
}
