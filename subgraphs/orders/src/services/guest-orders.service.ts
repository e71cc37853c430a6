import { publicError, type SweepCounts } from '@msa/subgraph-kit';
import { publishEvent, type DomainEvent } from '@msa/events';
import { DUPLICATE_MESSAGE, inTransactionOnce, type OrdersDb } from '../data/database';
import {
  accessTokenOpens,
  claimGuestOrders,
  deleteExpiredAccessTokens,
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
  /** Whether the token was issued for this order and has not expired. */
  accessTokenOpens(orderId: string, token: string | null | undefined): Promise<boolean>;
  /** Deletes the expired access tokens (run by the periodic sweeper in app.ts). */
  removeExpiredAccessTokens(): Promise<SweepCounts>;
  /**
   * The guest order with this number and email (any case). A wrong number and a wrong email both answer
   * null; too many failed lookups for the number, the email or from the client address answer RATE_LIMITED
   * (with `retryAfter` seconds), whether or not the order exists.
   */
  lookup(number: string, email: string, clientAddress: string): Promise<OrderRecord | null>;
  /** Orders placed as a guest with the verified email become the user's; a redelivery changes nothing. */
  claim(event: DomainEvent<'UserEmailVerified'>): Promise<string[]>;
}

/** Failed lookups allowed in one throttle window: per order number and per email, and per client address. */
export interface GuestLookupLimits {
  maxFailures: number;
  maxFailuresPerAddress: number;
}

function lookupsExhausted(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return publicError(
    'RATE_LIMITED',
    `Too many order lookups did not match. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    { retryAfter: retryAfterSeconds },
  );
}

export function createGuestOrders(deps: {
  db: OrdersDb;
  throttle: GuestLookupThrottle;
  limits: GuestLookupLimits;
  notify: (orderId: string) => Promise<void>;
  /** How long an access token opens its order; a guest gets a fresh one from guestOrder after that. */
  accessTokenTtlMs: number;
  now?: () => Date;
}): GuestOrders {
  const { db, throttle, limits } = deps;
  const now = deps.now ?? (() => new Date());
  const expiredUpTo = () => new Date(now().getTime() - deps.accessTokenTtlMs);
  return {
    async issueAccessToken(orderId) {
      const token = newOrderAccessToken();
      await insertAccessToken(db, orderId, hashOrderAccessToken(token));
      return token;
    },
    async accessTokenOpens(orderId, token) {
      if (!token || !looksLikeOrderAccessToken(token)) return false;
      return accessTokenOpens(db, orderId, hashOrderAccessToken(token), expiredUpTo());
    },
    async removeExpiredAccessTokens() {
      return { expired: await deleteExpiredAccessTokens(db, expiredUpTo()) };
    },
    async lookup(rawNumber, rawEmail, clientAddress) {
      const email = normaliseEmail(rawEmail).slice(0, 320);
      const number = parseOrderNumber(rawNumber.trim());
      const keys = [
        { key: `address:${clientAddress}`, maxFailures: limits.maxFailuresPerAddress },
        ...(number === null ? [] : [{ key: `number:${number}`, maxFailures: limits.maxFailures }]),
        ...(email === ''
          ? []
          : [{ key: `email:${guestCustomerId(email)}`, maxFailures: limits.maxFailures }]),
      ];
      const retryAfter = await throttle.blockedFor(keys);
      if (retryAfter !== null) throw lookupsExhausted(retryAfter);
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
