import type { OrderLineRef } from '@msa/events';

/** What the checkout saga knows about its order; stored inside the saga state. */
export interface CheckoutSagaInput {
  orderId: string;
  lines: OrderLineRef[];
  /** How long inventory holds the stock before releasing it on its own. */
  reservationTtlSeconds: number;
}
