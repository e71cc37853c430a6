import type { PromotionsDb, PromotionsTx } from './database';

/** Remembers that an order reached CONFIRMED; repeating it for the same order changes nothing. */
export async function recordConfirmedOrder(
  tx: PromotionsTx,
  orderId: string,
  customerId: string,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "customer_orders" ("order_id", "customer_id") VALUES (${orderId}, ${customerId})
    ON CONFLICT ("order_id") DO NOTHING`;
}

export interface CustomerHistory {
  customerId: string;
  confirmedOrders: number;
  usageByPromotion: Map<string, number>;
}

/** Confirmed orders and held redemptions of many customers, in two queries. */
export async function findCustomerHistories(
  db: PromotionsDb,
  customerIds: readonly string[],
): Promise<CustomerHistory[]> {
  const ids = [...customerIds];
  const [orders, usage] = await Promise.all([
    db.customerOrder.groupBy({
      by: ['customerId'],
      where: { customerId: { in: ids } },
      _count: { _all: true },
    }),
    db.customerUsage.findMany({ where: { customerId: { in: ids }, usageCount: { gt: 0 } } }),
  ]);
  return ids.map((customerId) => ({
    customerId,
    confirmedOrders: orders.find((row) => row.customerId === customerId)?._count._all ?? 0,
    usageByPromotion: new Map(
      usage.filter((row) => row.customerId === customerId).map((row) => [row.promotionId, row.usageCount]),
    ),
  }));
}
