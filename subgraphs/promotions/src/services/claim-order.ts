import type { DomainEvent } from '@msa/events';
import { inTransactionOnce, type PromotionsDb } from '../data/database';
import { transferOrderToCustomer } from '../data/claimed-order.repo';
import { lockOrder } from '../data/redemption.repo';

/**
 * order.claimed: a guest order became a registered customer's. Its held redemptions now count against that
 * customer's per-customer limits (and no longer against the guest's), and a confirmed order ends their
 * first-order offers. Runs under the order's lock, so a concurrent unredeem gives back the right customer's use.
 */
export async function claimOrder(db: PromotionsDb, event: DomainEvent<'order.claimed'>): Promise<void> {
  const { orderId, customerId, previousCustomerId } = event.payload;
  await inTransactionOnce(db, event.id, async (tx) => {
    await lockOrder(tx, orderId);
    await transferOrderToCustomer(tx, { orderId, from: previousCustomerId, to: customerId });
  });
}
