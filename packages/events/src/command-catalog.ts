import type { OrderLineRef } from './event-catalog';

/** A postal address as a person gives it (checked by the subgraph kit's `checkPostalAddress`). */
export interface PostalAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

/**
 * Commands: a request to the one service that owns the capability, sent on its `commands.<service>` queue.
 * The owner answers with an event (e.g. inventory.reserve → inventory.reserved | inventory.reservation_failed).
 */
export interface CommandPayloads {
  'inventory.reserve': { orderId: string; lines: OrderLineRef[]; ttlSeconds: number };
  'inventory.commit': { orderId: string };
  'inventory.release': { orderId: string; reason: string };
  /** Returns committed stock to the shelf (cancellation after confirmation, returns). */
  'inventory.restock': { orderId: string; lines: OrderLineRef[]; reason: string };

  /** Consumes usage of the promotions applied to an order; atomic against global and per-customer limits. */
  'promotions.redeem': {
    orderId: string;
    customerId: string;
    redemptions: { promotionId: string; code: string | null; amount: number }[];
    /** The order total after discounts, in minor units: what promotionStats reports as revenue. */
    orderTotal: number;
    currency: string;
  };
  'promotions.unredeem': { orderId: string; reason: string };

  'payments.authorize': {
    orderId: string;
    customerId: string;
    amount: number;
    currency: string;
    paymentToken: string;
    /**
     * Which authorization of the order this is: 1 at checkout (also when absent), then one more for every
     * payment retry after a decline. A higher attempt authorizes afresh a payment that was declined.
     */
    attempt?: number;
    /**
     * Capture the money in the same step once authorized (the saga's path when nothing runs between the two):
     * the payment.authorized reply then says `captured`, and payment.captured follows it. A capture that does
     * not go through here leaves the payment authorized for a payments.capture command.
     */
    capture?: boolean;
  };
  'payments.capture': { orderId: string };
  'payments.void': { orderId: string; reason: string };
  /** Refunds part or all of an order's captured payment; `returnId` ties it to a return. */
  'payments.refund': { orderId: string; amount: number; reason: string; returnId: string | null };

  'shipping.create_shipment': {
    orderId: string;
    customerId: string;
    rateId: string;
    address: PostalAddress;
    lines: OrderLineRef[];
  };
  'shipping.cancel_shipment': { orderId: string; reason: string };
}

export type CommandName = keyof CommandPayloads;

/** The service that owns (and consumes) each command. */
export const COMMAND_OWNERS: { [C in CommandName]: string } = {
  'inventory.reserve': 'inventory',
  'inventory.commit': 'inventory',
  'inventory.release': 'inventory',
  'inventory.restock': 'inventory',
  'promotions.redeem': 'promotions',
  'promotions.unredeem': 'promotions',
  'payments.authorize': 'payments',
  'payments.capture': 'payments',
  'payments.void': 'payments',
  'payments.refund': 'payments',
  'shipping.create_shipment': 'shipping',
  'shipping.cancel_shipment': 'shipping',
};

export function commandQueueName(service: string): string {
  return `commands.${service}`;
}
