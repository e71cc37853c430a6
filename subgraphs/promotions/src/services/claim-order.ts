import type { DomainEvent } from '@msa/events';
import { inTransactionOnce, type PromotionsDb } from '../data/database';
import { claimedOrders, transferOrderToCustomer } from '../data/claimed-order.repo';

/**
 * order.claimed: a guest order became a registered customer's. Its held redemptions now count against that
 * customer's per-customer limits (and no longer against the guest's), and a confirmed order ends their
 * first-order offers; what arrives about the order later counts for the customer too (claimedOrders). Runs
 * under the order's lock, so a concurrent unredeem gives back the right customer's use.
 */
export async function claimOrder(db: PromotionsDb, event: DomainEvent<'order.claimed'>): Promise<void> {
  const { orderId, customerId, previousCustomerId } = event.payload;
  await inTransactionOnce(db, event.id, async (tx) => {
    await claimedOrders.lock(tx, orderId);
    await claimedOrders.save(tx, event.payload);
    await transferOrderToCustomer(tx, { orderId, from: previousCustomerId, to: customerId });
  });
}
