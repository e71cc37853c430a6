import type { PurchaseState } from '../domain/purchase-state';
import type { ReviewsTx } from './database';

export async function purchaseStateOf(tx: ReviewsTx, orderId: string): Promise<PurchaseState | null> {
  const row = await tx.purchaseOrder.findUnique({ where: { orderId }, select: { state: true } });
  return row?.state ?? null;
}

/**
 * Records an order's variants. The order's row may already exist when its status event overtook
 * order.placed; its state is kept then.
 */
export async function recordPlacedOrder(
  tx: ReviewsTx,
  order: { orderId: string; customerId: string; variantIds: string[] },
): Promise<void> {
  await tx.purchaseOrder.upsert({
    where: { orderId: order.orderId },
    create: { orderId: order.orderId, customerId: order.customerId },
    update: {},
  });
  await tx.purchaseLine.createMany({
    data: [...new Set(order.variantIds)].map((variantId) => ({ orderId: order.orderId, variantId })),
    skipDuplicates: true,
  });
}

/** The order now belongs to this customer (a guest order claimed by a user). */
export async function assignPurchaseOrder(
  tx: ReviewsTx,
  order: { orderId: string; customerId: string },
): Promise<void> {
  await tx.purchaseOrder.upsert({
    where: { orderId: order.orderId },
    create: { orderId: order.orderId, customerId: order.customerId },
    update: { customerId: order.customerId, updatedAt: new Date() },
  });
}

export async function setPurchaseState(
  tx: ReviewsTx,
  order: { orderId: string; customerId: string; state: PurchaseState },
): Promise<void> {
  await tx.purchaseOrder.upsert({
    where: { orderId: order.orderId },
    create: { orderId: order.orderId, customerId: order.customerId, state: order.state },
    update: { state: order.state, updatedAt: new Date() },
  });
}

export async function customersWhoOrderedVariant(tx: ReviewsTx, variantId: string): Promise<string[]> {
  const rows = await tx.purchaseOrder.findMany({
    where: { lines: { some: { variantId } } },
    select: { customerId: true },
    distinct: ['customerId'],
  });
  return rows.map((row) => row.customerId);
}

/**
 * Sets verified_purchase on every review of these customers from their purchases as they stand now: a review
 * is verified when its author has a VERIFIED order containing a variant of its product. Run in the transaction
 * that changed the purchases or wrote the review, holding the customers' locks (see lockCustomers).
 */
export async function refreshVerifiedPurchases(tx: ReviewsTx, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  await tx.$executeRaw`
    UPDATE "reviews" r SET "verified_purchase" = now_verified."verified"
      FROM (
        SELECT r2."id", EXISTS (
          SELECT 1 FROM "purchase_orders" o
            JOIN "purchase_lines" l ON l."order_id" = o."order_id"
            JOIN "catalog_variants" v ON v."variant_id" = l."variant_id"
           WHERE o."customer_id" = r2."author_id" AND o."state" = 'VERIFIED' AND v."product_id" = r2."product_id"
        ) AS "verified"
        FROM "reviews" r2 WHERE r2."author_id" = ANY(${customerIds})
      ) AS now_verified
     WHERE r."id" = now_verified."id" AND r."verified_purchase" <> now_verified."verified"`;
}
