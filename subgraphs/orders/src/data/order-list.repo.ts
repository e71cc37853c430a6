import type { OrderRecord } from '../domain/order';
import type { DailyRefunds, DailySales } from '../domain/sales-series';
import type { OrderStatus } from '../domain/order-status';
import type { Prisma } from '../__generated__/prisma/client';
import type { OrdersDb } from './database';
import { afterKeyset, type KeysetCursor } from './keyset';
import { findOrders } from './order.repo';

export interface OrderListFilter {
  customerId?: string;
  /** The order's sequence number (MSA-<number>). */
  number?: number;
  status?: OrderStatus;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

function whereOf(filter: OrderListFilter): Prisma.OrderWhereInput {
  return {
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
    ...(filter.number !== undefined ? { number: filter.number } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
}

/** One page of orders (`take` rows, newest first) and the total matching the filter. */
export async function listOrders(
  db: OrdersDb,
  filter: OrderListFilter,
  take: number,
  after: KeysetCursor | null,
): Promise<{ rows: OrderRecord[]; total: number }> {
  const where = whereOf(filter);
  const afterWhere: Prisma.OrderWhereInput = afterKeyset(after);
  const [page, total] = await Promise.all([
    db.order.findMany({
      where: { AND: [where, afterWhere] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      select: { id: true },
    }),
    db.order.count({ where }),
  ]);
  const details = new Map(
    (
      await findOrders(
        db,
        page.map((row) => row.id),
      )
    ).map((order) => [order.id, order]),
  );
  return { rows: page.flatMap((row) => details.get(row.id) ?? []), total };
}

export async function salesTotals(
  db: OrdersDb,
  statuses: readonly OrderStatus[],
  currency: string,
  from: Date,
  to: Date,
): Promise<{ count: number; revenue: number }> {
  const result = await db.order.aggregate({
    where: { status: { in: [...statuses] }, currency, createdAt: { gte: from, lt: to } },
    _count: { _all: true },
    _sum: { total: true },
  });
  return { count: result._count._all, revenue: result._sum.total ?? 0 };
}

/** Orders placed per UTC day in [from, to) in these statuses and currency: count and sum of totals. */
export async function dailySales(
  db: OrdersDb,
  statuses: readonly OrderStatus[],
  currency: string,
  from: Date,
  to: Date,
): Promise<DailySales[]> {
  const rows = await db.$queryRaw<{ day: Date; orders: bigint; revenue: bigint | null }[]>`
    SELECT date_trunc('day', "created_at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS "day",
           count(*) AS "orders", sum("total") AS "revenue"
    FROM "orders"
    WHERE "status"::text = ANY(${[...statuses]}::text[]) AND "currency" = ${currency}
      AND "created_at" >= ${from} AND "created_at" < ${to}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({ day: row.day, orders: Number(row.orders), revenue: Number(row.revenue ?? 0) }));
}

/** Money paid back per UTC day in [from, to) on orders in these statuses and currency. */
export async function dailyRefunds(
  db: OrdersDb,
  statuses: readonly OrderStatus[],
  currency: string,
  from: Date,
  to: Date,
): Promise<DailyRefunds[]> {
  const rows = await db.$queryRaw<{ day: Date; amount: bigint | null }[]>`
    SELECT date_trunc('day', r."at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS "day", sum(r."amount") AS "amount"
    FROM "order_refunds" r JOIN "orders" o ON o."id" = r."order_id"
    WHERE o."status"::text = ANY(${[...statuses]}::text[]) AND r."currency" = ${currency}
      AND r."at" >= ${from} AND r."at" < ${to}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({ day: row.day, amount: Number(row.amount ?? 0) }));
}
