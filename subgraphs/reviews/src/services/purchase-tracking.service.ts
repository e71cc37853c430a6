import type { DomainEvent } from '@msa/events';
import { applyVariantChange, productOfVariant } from '../data/catalog.repo';
import { inTransactionOnce, lockCustomers, type ReviewsDb, type ReviewsTx } from '../data/database';
import {
  assignPurchaseOrder,
  customersWhoOrderedVariant,
  purchaseStateOf,
  recordPlacedOrder,
  refreshVerifiedPurchases,
  setPurchaseState,
} from '../data/purchase.repo';
import { purchaseStateAfter } from '../domain/purchase-state';

/** Runs a message's effects in one transaction with its inbox record, so a redelivery changes nothing. */
async function once(
  db: ReviewsDb,
  event: DomainEvent,
  work: (tx: ReviewsTx) => Promise<void>,
): Promise<void> {
  await inTransactionOnce(db, event.id, work);
}

/** Remembers which variants the order holds; its purchase counts once the order is confirmed. */
export function recordOrderPlaced(db: ReviewsDb, event: DomainEvent<'order.placed'>): Promise<void> {
  const { orderId, customerId, lines } = event.payload;
  return once(db, event, async (tx) => {
    await lockCustomers(tx, [customerId]);
    await recordPlacedOrder(tx, { orderId, customerId, variantIds: lines.map((line) => line.variantId) });
    // The status event may have overtaken this one and already verified the order.
    await refreshVerifiedPurchases(tx, [customerId]);
  });
}

/**
 * A guest order claimed by a user: its purchase becomes the user's, so their reviews of what it holds count
 * as verified once it is confirmed. As a guest nobody could review with it (no user has a guest's id).
 */
export function recordOrderClaimed(db: ReviewsDb, event: DomainEvent<'order.claimed'>): Promise<void> {
  const { orderId, customerId, previousCustomerId } = event.payload;
  return once(db, event, async (tx) => {
    await lockCustomers(tx, [customerId, previousCustomerId]);
    await assignPurchaseOrder(tx, { orderId, customerId });
    await refreshVerifiedPurchases(tx, [customerId]);
  });
}

/** A confirmed (or later) order verifies its purchases, a cancelled one withdraws them. */
export function recordOrderStatus(db: ReviewsDb, event: DomainEvent<'order.status_changed'>): Promise<void> {
  const { orderId, customerId, to } = event.payload;
  return once(db, event, async (tx) => {
    await lockCustomers(tx, [customerId]);
    const current = await purchaseStateOf(tx, orderId);
    const next = purchaseStateAfter(current, to);
    if (next === current) return;
    await setPurchaseState(tx, { orderId, customerId, state: next });
    await refreshVerifiedPurchases(tx, [customerId]);
  });
}

/**
 * Keeps the variant → product map that makes products known and ties order lines to products. Only a
 * variant's first announcement (or a move to another product) can change anyone's verified purchases.
 */
export function recordVariant(db: ReviewsDb, event: DomainEvent<'product.variant.changed'>): Promise<void> {
  const change = event.payload;
  return once(db, event, async (tx) => {
    const previousProduct = await productOfVariant(tx, change.variantId);
    await applyVariantChange(tx, change, new Date(event.occurredAt));
    if (previousProduct === change.productId) return;
    const customers = await customersWhoOrderedVariant(tx, change.variantId);
    await lockCustomers(tx, customers);
    await refreshVerifiedPurchases(tx, customers);
  });
}
