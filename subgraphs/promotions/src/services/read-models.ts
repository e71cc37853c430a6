import { customerAfterClaim, type DomainEvent } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { countsAsPlacedOrder } from '../domain/redemption-request';
import { upsertProductCategories, upsertVariantProduct } from '../data/catalog.repo';
import { recordConfirmedOrder } from '../data/customer-history.repo';
import { inTransactionOnce, type PromotionsDb } from '../data/database';

/**
 * The read models conditions need, fed by events (each applied once per message id): which product a
 * variant belongs to, a product's categories, and which customers have confirmed orders.
 */

/** product.variant.changed: remembers the variant's product. */
export async function trackVariant(
  db: PromotionsDb,
  event: DomainEvent<'product.variant.changed'>,
): Promise<void> {
  await inTransactionOnce(db, event.id, (tx) =>
    upsertVariantProduct(tx, event.payload.variantId, event.payload.productId, new Date(event.occurredAt)),
  );
}

/** product.changed: remembers the product's category with its ancestors (just the category on older events). */
export async function trackProduct(db: PromotionsDb, event: DomainEvent<'product.changed'>): Promise<void> {
  const { productId, categoryId, categoryIds } = event.payload;
  const categories = categoryIds?.length ? categoryIds : categoryId ? [categoryId] : [];
  await inTransactionOnce(db, event.id, (tx) =>
    upsertProductCategories(tx, productId, categories, new Date(event.occurredAt)),
  );
}

/** order.status_changed: an order that reached CONFIRMED (or later) ends its customer's first-order offers. */
export async function trackOrderStatus(
  db: PromotionsDb,
  event: DomainEvent<'order.status_changed'>,
): Promise<void> {
  const { orderId, customerId, to } = event.payload;
  if (!countsAsPlacedOrder(to)) return;
  await inTransactionOnce(db, event.id, async (tx) =>
    recordConfirmedOrder(tx, orderId, await customerAfterClaim(claimedOrders, tx, orderId, customerId)),
  );
}
