import { publicError } from '@msa/subgraph-kit';
import { publishEvent, type DomainEvent } from '@msa/events';
import { DUPLICATE_MESSAGE, inTransactionOnce, type OrdersDb } from '../data/database';
import {
  accessTokenOpens,
  claimGuestOrders,
  findGuestOrder,
  insertAccessToken,
} from '../data/guest-order.repo';
import { guestCustomerId, normaliseEmail } from '../domain/guest-email';
import type { OrderRecord } from '../domain/order';
import {
  hashOrderAccessToken,
  looksLikeOrderAccessToken,
  newOrderAccessToken,
} from '../domain/order-access-token';
import { parseOrderNumber } from '../domain/order-number';
import type { GuestLookupThrottle } from './guest-lookup-throttle';

export interface GuestOrders {
  /** A new secret that lets its holder read and follow this one order. */
  issueAccessToken(orderId: string): Promise<string>;
  /** Whether the token was issued for this order. */
  accessTokenOpens(orderId: string, token: string | null | undefined): Promise<boolean>;
  /**
   * The guest order with this number and email (any case). A wrong number and a wrong email both answer
   * null; too many failed lookups for the number or the email answer RATE_LIMITED, whether or not they exist.
   */
  lookup(number: string, email: string): Promise<OrderRecord | null>;
  /** Orders placed as a guest with the verified email become the user's; a redelivery changes nothing. */
  claim(event: DomainEvent<'UserEmailVerified'>): Promise<string[]>;
}

export function createGuestOrders(deps: {
  db: OrdersDb;
  throttle: GuestLookupThrottle;
  notify: (orderId: string) => Promise<void>;
}): GuestOrders {
  const { db, throttle } = deps;
  return {
    async issueAccessToken(orderId) {
      const token = newOrderAccessToken();
      await insertAccessToken(db, orderId, hashOrderAccessToken(token));
      return token;
    },
    async accessTokenOpens(orderId, token) {
      if (!token || !looksLikeOrderAccessToken(token)) return false;
      return accessTokenOpens(db, orderId, hashOrderAccessToken(token));
    },
    async lookup(rawNumber, rawEmail) {
      const email = normaliseEmail(rawEmail).slice(0, 320);
      const number = parseOrderNumber(rawNumber.trim());
      const keys = [
        ...(number === null ? [] : [`number:${number}`]),
        ...(email === '' ? [] : [`email:${guestCustomerId(email)}`]),
      ];
      if (await throttle.blocked(keys))
        throw publicError(
          'RATE_LIMITED',
          'Too many order lookups that did not match; try again in a few minutes.',
        );
      const order = number === null || email === '' ? null : await findGuestOrder(db, number, email);
      if (!order) await throttle.failed(keys);
      return order;
    },
    async claim(event) {
      const { userId, email, verifiedAt } = event.payload;
      const at = new Date(verifiedAt);
      const outcome = await inTransactionOnce(db, event.id, async (tx) => {
        const previousCustomerId = guestCustomerId(email);
        const ids = await claimGuestOrders(tx, {
          guestCustomerId: previousCustomerId,
          userId,
          at: Number.isNaN(at.getTime()) ? new Date() : at,
        });
        for (const orderId of ids)
          await publishEvent(tx, 'order.claimed', { orderId, customerId: userId, previousCustomerId });
        return ids;
      });
      const claimed = outcome === DUPLICATE_MESSAGE ? [] : outcome;
      for (const orderId of claimed) await deps.notify(orderId);
      return claimed;
    },
  };
}
