import type { KeyValueStorage } from '@msa/web-kit/session-store';

const KEY_PREFIX = 'msa.web.guestOrderAccess.';

/**
 * The access tokens of orders placed or looked up here as a guest, kept in this browser so the order page can
 * follow the order live, pay again and cancel (and again after a reload). Nothing else can open the order
 * without one.
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

/** Where a guest's order is followed: after checkout (`placed`) and after "Find my order". */
export function guestOrderPath(orderId: string, { placed = true }: { placed?: boolean } = {}): string {
  return `/orders/${encodeURIComponent(orderId)}${placed ? '?placed=1' : ''}`;
}
