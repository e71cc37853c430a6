import type { OrderRecord } from '../domain/order';
import type { OrderStatus } from '../domain/order-status';
import type { Prisma } from '../__generated__/prisma/client';
import type { OrdersDb } from './database';
import { afterKeyset, type KeysetCursor } from './keyset';
import { findOrders } from './order.repo';

export interface OrderListFilter {
  customerId?: string;
  status?: OrderStatus;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

function whereOf(filter: OrderListFilter): Prisma.OrderWhereInput {
  return {
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
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
