import type { EventPayloads } from './event-catalog';
import type { EventHandlers } from './workers';

/**
 * Orders placed by a guest (no account) carry `customerId: "guest:<pseudonym>"` in events and commands until
 * a user verifies the email and claims them. No user id starts like this; consumers that look a customer up
 * as a user check first.
 */
export const GUEST_CUSTOMER_PREFIX = 'guest:';

export function isGuestCustomerId(customerId: string): boolean {
  return customerId.startsWith(GUEST_CUSTOMER_PREFIX);
}

/** What a subgraph does when a guest order is claimed: its rows about the order move to the user. */
export interface OrderClaimConsumer<Tx> {
  /**
   * Runs the work once per message id, in one transaction with the inbox record (the subgraph's
   * `inTransactionOnce`), so a redelivered claim changes nothing.
   */
  once: (messageId: string, work: (tx: Tx) => Promise<void>) => Promise<unknown>;
  /** Moves the order's rows from `previousCustomerId` to `customerId`; only rows still on the guest move. */
  reassign: (tx: Tx, claim: EventPayloads['order.claimed']) => Promise<void>;
}

/** The `order.claimed` handler of a subgraph that keeps order facts by customer. */
export function orderClaimHandler<Tx>(consumer: OrderClaimConsumer<Tx>): EventHandlers {
  return {
    'order.claimed': async (event) => {
      await consumer.once(event.id, (tx) => consumer.reassign(tx, event.payload));
    },
  };
}
