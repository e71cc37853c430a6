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

/** A claim as a subgraph keeps it: who the order now belongs to and which guest it came from. */
export interface OrderClaim {
  customerId: string;
  previousCustomerId: string;
}

/**
 * Where a subgraph keeps the claims it has handled, so that rows about the order it creates after the claim
 * (a payment authorized late, a shipment created after the customer registered) take the claimant at once.
 * `lock` serialises a claim with the creation of the order's rows (a per-order transaction lock): without
 * it, a row created while the claim commits could miss both the claim and the move.
 */
export interface ClaimedOrderStore<Tx> {
  lock: (tx: Tx, orderId: string) => Promise<void>;
  save: (tx: Tx, claim: EventPayloads['order.claimed']) => Promise<void>;
  find: (tx: Tx, orderId: string) => Promise<OrderClaim | null>;
}

/** The Prisma model of a subgraph's `claimed_orders` table (order id, customer, previous customer). */
export interface ClaimedOrderModel {
  upsert(args: {
    where: { orderId: string };
    create: { orderId: string; customerId: string; previousCustomerId: string };
    update: { customerId: string; previousCustomerId: string };
  }): Promise<unknown>;
  findUnique(args: {
    where: { orderId: string };
    select: { customerId: true; previousCustomerId: true };
  }): Promise<OrderClaim | null>;
}

/**
 * The claim store of a subgraph that keeps claims in its own `claimed_orders` table (`model` picks it from
 * the transaction), serialised by `lock`, the subgraph's per-order transaction lock.
 */
export function claimedOrderTable<Tx>(
  model: (tx: Tx) => ClaimedOrderModel,
  lock: (tx: Tx, orderId: string) => Promise<void>,
): ClaimedOrderStore<Tx> {
  return {
    lock,
    save: async (tx, { orderId, customerId, previousCustomerId }) => {
      await model(tx).upsert({
        where: { orderId },
        create: { orderId, customerId, previousCustomerId },
        update: { customerId, previousCustomerId },
      });
    },
    find: (tx, orderId) =>
      model(tx).findUnique({ where: { orderId }, select: { customerId: true, previousCustomerId: true } }),
  };
}

/** What a subgraph does when a guest order is claimed: its rows about the order move to the user. */
export interface OrderClaimConsumer<Tx> {
  /**
   * Runs the work once per message id, in one transaction with the inbox record (the subgraph's
   * `inTransactionOnce`), so a redelivered claim changes nothing.
   */
  once: (messageId: string, work: (tx: Tx) => Promise<void>) => Promise<unknown>;
  /** Keeps the claim for rows created after it; omitted by a subgraph that creates none later. */
  claims?: ClaimedOrderStore<Tx>;
  /** Moves the order's rows from `previousCustomerId` to `customerId`; only rows still on the guest move. */
  reassign: (tx: Tx, claim: EventPayloads['order.claimed']) => Promise<void>;
}

/** The `order.claimed` handler of a subgraph that keeps order facts by customer. */
export function orderClaimHandler<Tx>(consumer: OrderClaimConsumer<Tx>): EventHandlers {
  return {
    'order.claimed': async (event) => {
      await consumer.once(event.id, async (tx) => {
        if (consumer.claims) {
          await consumer.claims.lock(tx, event.payload.orderId);
          await consumer.claims.save(tx, event.payload);
        }
        await consumer.reassign(tx, event.payload);
      });
    },
  };
}

/**
 * The customer a new row about `orderId` belongs to: the claimant when the order was claimed from
 * `customerId` (the guest the command or event still names), else `customerId`. Call it in the transaction
 * that creates the row; it takes the store's per-order lock first.
 */
export async function customerAfterClaim<Tx>(
  store: ClaimedOrderStore<Tx>,
  tx: Tx,
  orderId: string,
  customerId: string,
): Promise<string> {
  await store.lock(tx, orderId);
  if (!isGuestCustomerId(customerId)) return customerId;
  const claim = await store.find(tx, orderId);
  return claim && claim.previousCustomerId === customerId ? claim.customerId : customerId;
}
