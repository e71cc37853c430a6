import type { CommandPayloads, OrderLineRef } from '@msa/events';
import { lineRefs, type OrderDraft } from '../domain/order-snapshot';
import type { ShippingAddress } from '../domain/shipping-address';

/** What the checkout saga knows about its order, frozen at checkout; stored inside the saga state. */
export interface CheckoutSagaInput {
  orderId: string;
  customerId: string;
  lines: OrderLineRef[];
  /** How long inventory holds the stock before releasing it on its own. */
  reservationTtlSeconds: number;
  /** Promotions to redeem: the order's frozen discounts. Empty when the order has none. */
  redemptions: CommandPayloads['promotions.redeem']['redemptions'];
  /** The order total, in minor units of `currency`: what is authorized and captured. */
  amount: number;
  currency: string;
  /** The payment provider's token the customer gave at checkout, or at the latest payment retry. */
  paymentToken: string;
  /** Which authorization this is: 1 (or absent) at checkout, one more for every retryPayment. */
  paymentAttempt?: number;
  shippingRateId: string;
  address: CommandPayloads['shipping.create_shipment']['address'];
}

/** The saga input of a freshly placed order, from the frozen draft and the checkout request. */
export function checkoutSagaInput(facts: {
  orderId: string;
  customerId: string;
  draft: OrderDraft;
  address: ShippingAddress;
  paymentToken: string;
  reservationTtlSeconds: number;
}): CheckoutSagaInput {
  const { draft } = facts;
  return {
    orderId: facts.orderId,
    customerId: facts.customerId,
    lines: lineRefs(draft.lines),
    reservationTtlSeconds: facts.reservationTtlSeconds,
    redemptions: draft.discounts.map((discount) => ({
      promotionId: discount.promotionId,
      code: discount.code,
      amount: discount.amount,
    })),
    amount: draft.total,
    currency: draft.currency,
    paymentToken: facts.paymentToken,
    shippingRateId: draft.shippingRateId,
    address: { ...facts.address },
  };
}
