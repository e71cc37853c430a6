import type { CheckoutCaller, CheckoutRequest, CheckoutService } from './checkout.service';
import type { GuestOrders } from './guest-orders.service';
import type { OrderOutcome } from './outcome';

export interface CheckoutResult extends OrderOutcome {
  /** For a guest's order: the secret that lets them read and follow it (shown once). Null otherwise. */
  orderAccessToken: string | null;
}

export interface GuestAwareCheckout {
  checkout(caller: CheckoutCaller, request: CheckoutRequest): Promise<CheckoutResult>;
}

/**
 * Checkout, plus an access token for every answer a guest gets with an order (also a replay of the same
 * checkout, so a client whose first answer was lost can still follow the order).
 */
export function withOrderAccessTokens(checkout: CheckoutService, guests: GuestOrders): GuestAwareCheckout {
  return {
    async checkout(caller, request) {
      const outcome = await checkout.checkout(caller, request);
      const guestOrder = caller.identity === null ? outcome.order : null;
      return {
        ...outcome,
        orderAccessToken: guestOrder ? await guests.issueAccessToken(guestOrder.id) : null,
      };
    },
  };
}
