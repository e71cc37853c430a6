import { claimedOrderTable } from '@msa/events';
import type { PromotionsTx } from './database';
import { lockOrder } from './redemption.repo';

/** The guest orders claimed by registered customers, kept for what arrives about them after the claim. */
export const claimedOrders = claimedOrderTable<PromotionsTx>((tx) => tx.claimedOrder, lockOrder);

/**
 * Moves what this service keeps about an order from one customer to another: each held redemption's use moves
 * from the old customer's usage to the new one's (a claim is a fact, so it may take the new customer over a
 * per-customer limit: later checkouts are refused), and the redemptions, the order's outcome and its
 * confirmed-order record name the new customer.
 */
export async function transferOrderToCustomer(
  tx: PromotionsTx,
  claim: { orderId: string; from: string; to: string },
): Promise<void> {
  const held = await tx.redemption.findMany({
    where: { orderId: claim.orderId, customerId: claim.from, releasedAt: null },
    select: { promotionId: true },
  });
  for (const { promotionId } of held) {
    await tx.$executeRaw`
      UPDATE "customer_usage" SET "usage_count" = "usage_count" - 1
       WHERE "promotion_id" = ${promotionId}::uuid AND "customer_id" = ${claim.from} AND "usage_count" > 0`;
    await tx.$executeRaw`
      INSERT INTO "customer_usage" ("promotion_id", "customer_id", "usage_count") VALUES (${promotionId}::uuid, ${claim.to}, 1)
      ON CONFLICT ("promotion_id", "customer_id") DO UPDATE SET "usage_count" = "customer_usage"."usage_count" + 1`;
  }
  await tx.redemption.updateMany({
    where: { orderId: claim.orderId, customerId: claim.from },
    data: { customerId: claim.to },
  });
  await tx.orderRedemption.updateMany({
    where: { orderId: claim.orderId, customerId: claim.from },
    data: { customerId: claim.to },
  });
  await tx.customerOrder.updateMany({
    where: { orderId: claim.orderId, customerId: claim.from },
    data: { customerId: claim.to },
  });
}
