import type { RedemptionLine } from '../domain/redemption-request';
import type { OrderRedemptionStatus } from '../__generated__/prisma/client';
import type { PromotionsDb, PromotionsTx } from './database';

/** First key of the advisory locks taken per order, so they cannot clash with other lock users. */
const ORDER_LOCK_SPACE = 4008;

/** Serializes redeem and unredeem of one order until the transaction ends (the row may not exist yet). */
export async function lockOrder(tx: PromotionsTx, orderId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ORDER_LOCK_SPACE}::int, hashtext(${orderId}))`;
}

export interface OrderOutcomeRow {
  status: OrderRedemptionStatus;
  failureCode: string | null;
  failureMessage: string | null;
}

export function findOrderOutcome(tx: PromotionsTx, orderId: string): Promise<OrderOutcomeRow | null> {
  return tx.orderRedemption.findUnique({
    where: { orderId },
    select: { status: true, failureCode: true, failureMessage: true },
  });
}

export interface OrderOutcome {
  orderId: string;
  customerId: string | null;
  status: OrderRedemptionStatus;
  failureCode?: string | null;
  failureMessage?: string | null;
  orderTotal?: number | null;
  currency?: string | null;
}

export async function recordOrderOutcome(tx: PromotionsTx, outcome: OrderOutcome): Promise<void> {
  const { orderId, ...fields } = outcome;
  await tx.orderRedemption.upsert({ where: { orderId }, create: outcome, update: fields });
}

/** Marks an order's promotions given back; for an order never redeemed, a tombstone that refuses a late redeem. */
export async function markOrderReleased(tx: PromotionsTx, orderId: string): Promise<void> {
  await tx.orderRedemption.upsert({
    where: { orderId },
    create: { orderId, status: 'RELEASED' },
    update: { status: 'RELEASED' },
  });
}

/**
 * Takes one use of a promotion if it is on, inside its window and below its usage limit — one conditional
 * UPDATE, so concurrent redemptions queue on the row lock and each re-checks the limit after the one before
 * it committed. Null when the promotion could not be used.
 */
export async function claimPromotionUse(
  tx: PromotionsTx,
  promotionId: string,
  now: Date,
): Promise<{ perCustomerLimit: number | null } | null> {
  const rows = await tx.$queryRaw<{ perCustomerLimit: number | null }[]>`
    UPDATE "promotions" SET "usage_count" = "usage_count" + 1
     WHERE "id" = ${promotionId}::uuid
       AND "active"
       AND ("starts_at" IS NULL OR "starts_at" <= ${now})
       AND ("ends_at" IS NULL OR "ends_at" > ${now})
       AND ("usage_limit" IS NULL OR "usage_count" < "usage_limit")
    RETURNING "per_customer_limit" AS "perCustomerLimit"`;
  return rows[0] ?? null;
}

/** Takes one of the customer's uses of a promotion, unless they already hold `limit` (null: no limit). */
export async function claimCustomerUse(
  tx: PromotionsTx,
  promotionId: string,
  customerId: string,
  limit: number | null,
): Promise<boolean> {
  const changed = await tx.$executeRaw`
    INSERT INTO "customer_usage" ("promotion_id", "customer_id", "usage_count") VALUES (${promotionId}::uuid, ${customerId}, 1)
    ON CONFLICT ("promotion_id", "customer_id") DO UPDATE SET "usage_count" = "customer_usage"."usage_count" + 1
    WHERE ${limit}::int IS NULL OR "customer_usage"."usage_count" < ${limit}::int`;
  return changed === 1;
}

/** Gives back one use, overall and for the customer (never below zero). */
export async function releasePromotionUse(
  tx: PromotionsTx,
  promotionId: string,
  customerId: string,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "promotions" SET "usage_count" = "usage_count" - 1 WHERE "id" = ${promotionId}::uuid AND "usage_count" > 0`;
  await tx.$executeRaw`
    UPDATE "customer_usage" SET "usage_count" = "usage_count" - 1
     WHERE "promotion_id" = ${promotionId}::uuid AND "customer_id" = ${customerId} AND "usage_count" > 0`;
}

export async function insertRedemptions(
  tx: PromotionsTx,
  orderId: string,
  customerId: string,
  lines: readonly RedemptionLine[],
): Promise<void> {
  if (lines.length === 0) return;
  await tx.redemption.createMany({
    data: lines.map((line) => ({
      orderId,
      customerId,
      promotionId: line.promotionId,
      code: line.code,
      amount: line.amount,
    })),
  });
}

export interface HeldRedemption {
  id: string;
  promotionId: string;
  customerId: string;
  code: string | null;
}

export function findHeldRedemptions(tx: PromotionsTx, orderId: string): Promise<HeldRedemption[]> {
  return tx.redemption.findMany({
    where: { orderId, releasedAt: null },
    select: { id: true, promotionId: true, customerId: true, code: true },
    orderBy: { promotionId: 'asc' },
  });
}

export async function markReleased(tx: PromotionsTx, ids: readonly string[], at: Date): Promise<void> {
  await tx.redemption.updateMany({ where: { id: { in: [...ids] } }, data: { releasedAt: at } });
}

export interface PromotionStatsRow {
  redemptions: number;
  customers: number;
  discountTotal: number;
  revenue: number;
}

/** Redemptions still held (compensated ones excluded), their discounts, and the totals of their orders. */
export async function promotionStats(db: PromotionsDb, promotionId: string): Promise<PromotionStatsRow> {
  const rows = await db.$queryRaw<
    { redemptions: number; customers: number; discountTotal: bigint; revenue: bigint }[]
  >`
    SELECT count(*)::int AS "redemptions",
           count(DISTINCT r."customer_id")::int AS "customers",
           COALESCE(sum(r."amount"), 0)::bigint AS "discountTotal",
           COALESCE(sum(o."order_total"), 0)::bigint AS "revenue"
      FROM "redemptions" r
      JOIN "order_redemptions" o ON o."order_id" = r."order_id"
     WHERE r."promotion_id" = ${promotionId}::uuid AND r."released_at" IS NULL`;
  const row = rows[0]!;
  return {
    redemptions: row.redemptions,
    customers: row.customers,
    discountTotal: Number(row.discountTotal),
    revenue: Number(row.revenue),
  };
}
