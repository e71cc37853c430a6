import type { OrderRecord } from '../domain/order';
import { isUuid, type OrdersDb, type OrdersTx } from './database';
import { findOrder } from './order.repo';

export async function insertAccessToken(db: OrdersDb, orderId: string, tokenHash: string): Promise<void> {
  await db.orderAccessToken.create({ data: { orderId, tokenHash } });
}

/** Whether this token hash was issued for this order, after `issuedAfter` (older ones have expired). */
export async function accessTokenOpens(
  db: OrdersDb,
  orderId: string,
  tokenHash: string,
  issuedAfter: Date,
): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  const row = await db.orderAccessToken.findUnique({
    where: { tokenHash },
    select: { orderId: true, createdAt: true },
  });
  return row?.orderId === orderId && row.createdAt > issuedAfter;
}

/** Deletes the access tokens issued at or before `issuedBefore` (expired); returns how many. */
export async function deleteExpiredAccessTokens(db: OrdersDb, issuedBefore: Date): Promise<number> {
  const { count } = await db.orderAccessToken.deleteMany({ where: { createdAt: { lte: issuedBefore } } });
  return count;
}

/** The guest order with this number and (lower-case) email; null for any mismatch. */
export async function findGuestOrder(
  db: OrdersDb,
  number: number,
  email: string,
): Promise<OrderRecord | null> {
  const row = await db.order.findFirst({
    where: { number, guestEmail: { equals: email, mode: 'insensitive' } },
    select: { id: true },
  });
  return row ? findOrder(db, row.id) : null;
}

/**
 * Moves every order placed as this guest to the user, unless the user already used the same idempotency key
 * (then that guest order stays unclaimed rather than break the (customer, key) uniqueness). Returns the ids of
 * the orders it moved.
 */
export async function claimGuestOrders(
  tx: OrdersTx,
  claim: { guestCustomerId: string; userId: string; at: Date },
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "orders" o SET "customer_id" = ${claim.userId}, "claimed_at" = ${claim.at}, "updated_at" = now()
     WHERE o."customer_id" = ${claim.guestCustomerId}
       AND NOT EXISTS (SELECT 1 FROM "orders" mine
                        WHERE mine."customer_id" = ${claim.userId} AND mine."idempotency_key" = o."idempotency_key")
    RETURNING o."id"`;
  const ids = rows.map((row) => row.id);
  if (ids.length)
    await tx.return.updateMany({ where: { orderId: { in: ids } }, data: { customerId: claim.userId } });
  return ids;
}
