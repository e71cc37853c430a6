import type { NotificationsDb } from './database';

export interface OrderRefRecord {
  orderId: string;
  customerId: string;
  number: string | null;
}

export function findOrderRef(db: NotificationsDb, orderId: string): Promise<OrderRefRecord | null> {
  return db.orderRef.findUnique({
    where: { orderId },
    select: { orderId: true, customerId: true, number: true },
  });
}

/** A guest order a user has claimed: its notifications go to the user from now on. */
export async function claimOrderRef(
  db: NotificationsDb,
  orderId: string,
  customerId: string,
): Promise<OrderRefRecord> {
  await db.orderRef.updateMany({
    where: { orderId, customerId: { startsWith: 'guest:' } },
    data: { customerId },
  });
  return db.orderRef.findUniqueOrThrow({
    where: { orderId },
    select: { orderId: true, customerId: true, number: true },
  });
}

/**
 * Remembers an order's customer and number. Events about one order arrive concurrently, so the first writer
 * wins without a conflict error; a number learned later fills a gap and never overwrites.
 */
export async function saveOrderRef(db: NotificationsDb, ref: OrderRefRecord): Promise<OrderRefRecord> {
  await db.orderRef.createMany({ data: [ref], skipDuplicates: true });
  if (ref.number !== null)
    await db.orderRef.updateMany({
      where: { orderId: ref.orderId, number: null },
      data: { number: ref.number },
    });
  return db.orderRef.findUniqueOrThrow({
    where: { orderId: ref.orderId },
    select: { orderId: true, customerId: true, number: true },
  });
}
