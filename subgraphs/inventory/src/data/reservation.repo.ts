import type { OrderLine, ReservationRecord, ReservationState } from '../domain/reservation-plan';
import type { InventoryDb, InventoryTx } from './database';

/** First key of the advisory locks this service takes per order, so they cannot clash with other lock users. */
const ORDER_LOCK_SPACE = 4003;

/**
 * Serializes everything that changes one order's reservations (reserve, commit, release, restock, expiry)
 * until the transaction ends. Two different orders hashing alike merely wait for each other.
 */
export async function lockOrder(tx: InventoryTx, orderId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ORDER_LOCK_SPACE}::int, hashtext(${orderId}))`;
}

/** Like lockOrder, but gives up at once when someone else holds the order (the sweeper skips busy orders). */
export async function tryLockOrder(tx: InventoryTx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(${ORDER_LOCK_SPACE}::int, hashtext(${orderId})) AS "locked"`;
  return rows[0]?.locked === true;
}

const RESERVATION_COLUMNS = {
  id: true,
  variantId: true,
  quantity: true,
  restockedQuantity: true,
  status: true,
  expiresAt: true,
} as const;

export function findOrderReservations(tx: InventoryTx, orderId: string): Promise<ReservationRecord[]> {
  return tx.reservation.findMany({
    where: { orderId },
    select: RESERVATION_COLUMNS,
    orderBy: { variantId: 'asc' },
  });
}

/** Holds each line for the order: a new row, or a row whose earlier hold ended made active again. */
export async function holdReservations(
  tx: InventoryTx,
  orderId: string,
  lines: readonly OrderLine[],
  expiresAt: Date,
): Promise<void> {
  for (const line of lines) {
    const hold = { quantity: line.quantity, status: 'ACTIVE', expiresAt, restockedQuantity: 0 } as const;
    await tx.reservation.upsert({
      where: { orderId_variantId: { orderId, variantId: line.variantId } },
      create: { orderId, variantId: line.variantId, ...hold },
      update: hold,
    });
  }
}

export async function setReservationStatus(
  tx: InventoryTx,
  ids: readonly string[],
  status: ReservationState,
): Promise<void> {
  await tx.reservation.updateMany({ where: { id: { in: [...ids] } }, data: { status } });
}

export async function addRestockedQuantity(tx: InventoryTx, id: string, quantity: number): Promise<void> {
  await tx.reservation.update({ where: { id }, data: { restockedQuantity: { increment: quantity } } });
}

/** Orders holding stock past their deadline, the longest overdue first. */
export async function findOverdueOrderIds(db: InventoryDb, now: Date, limit: number): Promise<string[]> {
  const groups = await db.reservation.groupBy({
    by: ['orderId'],
    where: { status: 'ACTIVE', expiresAt: { lte: now } },
    _min: { expiresAt: true },
    orderBy: { _min: { expiresAt: 'asc' } },
    take: limit,
  });
  return groups.map((group) => group.orderId);
}
