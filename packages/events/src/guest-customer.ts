import type { EventPayloads } from './event-catalog';
import { processOnce } from './inbox';
import type { RawSqlExecutor } from './outbox-writer';
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
export interface OrderClaimConsumer<Tx extends RawSqlExecutor> {
  /** The inbox consumer name the claim is recorded under (the subgraph's usual one). */
  consumer: string;
  /** Runs the work in one database transaction of this subgraph. */
  transaction: (work: (tx: Tx) => Promise<void>) => Promise<void>;
  /** Moves the order's rows from `previousCustomerId` to `customerId`; only rows still on the guest move. */
  reassign: (tx: Tx, claim: EventPayloads['order.claimed']) => Promise<void>;
}

/**
 * The `order.claimed` handler of a subgraph that keeps order facts by customer: the reassignment commits with
 * the inbox record, so a redelivered claim changes nothing.
 */
export function orderClaimHandler<Tx extends RawSqlExecutor>(
  consumer: OrderClaimConsumer<Tx>,
): EventHandlers {
  return {
    'order.claimed': (event) =>
      consumer.transaction(async (tx) => {
        if (await processOnce(tx, consumer.consumer, event.id)) await consumer.reassign(tx, event.payload);
      }),
  };
}
