import { waitingSince, type SagaState } from '@msa/saga';
import type { PlannedReturnLine } from '../domain/return-policy';
import type { ReturnRecord } from '../domain/return';
import { WITHDRAWN_RETURN_STATUSES, type ReturnStatus } from '../domain/return-status';
import type { ReturnSagaInput } from '../saga/return-input';
import type { Prisma } from '../__generated__/prisma/client';
import { isUuid, type OrdersDb, type OrdersTx } from './database';
import { afterKeyset, type KeysetCursor } from './keyset';
import type { SagaWait } from './saga.repo';

export type ReturnSagaState = SagaState<ReturnSagaInput>;

const WITH_LINES = { lines: { orderBy: { position: 'asc' } } } as const satisfies Prisma.ReturnInclude;
type ReturnRow = Prisma.ReturnGetPayload<{ include: typeof WITH_LINES }>;

function toRecord(row: ReturnRow): ReturnRecord {
  return {
    id: row.id,
    orderId: row.orderId,
    customerId: row.customerId,
    status: row.status,
    reason: row.reason,
    refundAmount: row.refundAmount,
    currency: row.currency,
    failureReason: row.failureReason,
    rejectionReason: row.rejectionReason,
    createdAt: row.createdAt,
    approvedAt: row.approvedAt,
    receivedAt: row.receivedAt,
    settledAt: row.settledAt,
    updatedAt: row.updatedAt,
    lines: row.lines.map((line) => ({
      id: line.id,
      orderLineId: line.orderLineId,
      variantId: line.variantId,
      quantity: line.quantity,
      refundAmount: line.refundAmount,
    })),
  };
}

export interface NewReturn {
  orderId: string;
  customerId: string;
  reason: string;
  currency: string;
  refundAmount: number;
  lines: PlannedReturnLine[];
}

export async function insertReturn(tx: OrdersTx, entry: NewReturn): Promise<ReturnRecord> {
  const row = await tx.return.create({
    data: {
      orderId: entry.orderId,
      customerId: entry.customerId,
      reason: entry.reason,
      currency: entry.currency,
      refundAmount: entry.refundAmount,
      lines: { create: entry.lines.map((line, position) => ({ position, ...line })) },
    },
    include: WITH_LINES,
  });
  return toRecord(row);
}

export async function findReturn(db: OrdersDb | OrdersTx, id: string): Promise<ReturnRecord | null> {
  if (!isUuid(id)) return null;
  const row = await db.return.findUnique({ where: { id }, include: WITH_LINES });
  return row ? toRecord(row) : null;
}

/** Every return of these orders, oldest first, in one query. */
export async function findReturnsOfOrders(
  db: OrdersDb | OrdersTx,
  orderIds: readonly string[],
): Promise<ReturnRecord[]> {
  const valid = orderIds.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db.return.findMany({
    where: { orderId: { in: valid } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: WITH_LINES,
  });
  return rows.map(toRecord);
}

/** Units of each order line in the order's returns so far (not rejected or withdrawn), by order line id. */
export async function returnedQuantities(tx: OrdersTx, orderId: string): Promise<Map<string, number>> {
  const rows = await tx.returnLine.groupBy({
    by: ['orderLineId'],
    where: { return: { orderId, status: { notIn: [...WITHDRAWN_RETURN_STATUSES] } } },
    _sum: { quantity: true },
  });
  return new Map(rows.map((row) => [row.orderLineId, row._sum.quantity ?? 0]));
}

export interface ReturnUpdate {
  status?: ReturnStatus;
  approvedAt?: Date;
  receivedAt?: Date;
  settledAt?: Date;
  failureReason?: string;
  rejectionReason?: string;
  /** The saga's move from `previous` (null when it starts) to `next`. */
  saga?: { previous: ReturnSagaState | null; next: ReturnSagaState };
}

export async function updateReturn(tx: OrdersTx, id: string, update: ReturnUpdate): Promise<void> {
  const { saga, ...fields } = update;
  const waiting = saga
    ? await tx.return.findUnique({ where: { id }, select: { sagaWaitingSince: true } })
    : null;
  await tx.return.update({
    where: { id },
    data: {
      ...fields,
      ...(saga
        ? {
            sagaStatus: saga.next.status,
            sagaState: saga.next as unknown as Prisma.InputJsonValue,
            // Moves only when the saga waits for something new (see waitingSince).
            sagaWaitingSince: waitingSince(
              saga.previous,
              saga.next,
              new Date(),
              waiting?.sagaWaitingSince ?? null,
            ),
          }
        : {}),
    },
  });
}

/** A return's saga and since when it waits; read under the order's row lock. */
export async function findReturnSagaWait(
  tx: OrdersTx,
  id: string,
): Promise<{ orderId: string; state: ReturnSagaState | null; waitingSince: Date | null } | null> {
  const row = await tx.return.findUnique({
    where: { id },
    select: { orderId: true, sagaState: true, sagaWaitingSince: true },
  });
  return row
    ? {
        orderId: row.orderId,
        state: (row.sagaState as unknown as ReturnSagaState | null) ?? null,
        waitingSince: row.sagaWaitingSince,
      }
    : null;
}

/** One page of returns whose saga has waited since `before` or longer (see sagasWaitingSince). */
export async function returnSagasWaitingSince(
  db: OrdersDb | OrdersTx,
  before: Date,
  limit: number,
  after: { waitingSince: Date; id: string } | null,
): Promise<SagaWait<ReturnSagaState>[]> {
  const rows = await db.return.findMany({
    where: {
      sagaWaitingSince: { lte: before },
      ...(after
        ? {
            OR: [
              { sagaWaitingSince: { gt: after.waitingSince } },
              { sagaWaitingSince: after.waitingSince, id: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ sagaWaitingSince: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, orderId: true, sagaState: true, sagaWaitingSince: true },
  });
  return rows.map((row) => ({
    id: row.id,
    orderId: row.orderId,
    state: row.sagaState as unknown as ReturnSagaState,
    waitingSince: row.sagaWaitingSince!,
  }));
}

/** The saga state of one of the order's returns; read under the order's row lock. */
export async function findReturnSaga(
  tx: OrdersTx,
  orderId: string,
  id: string,
): Promise<ReturnSagaState | null> {
  if (!isUuid(id)) return null;
  const row = await tx.return.findFirst({ where: { id, orderId }, select: { sagaState: true } });
  return (row?.sagaState as unknown as ReturnSagaState | null) ?? null;
}

/**
 * The order's return whose saga is under way, if any. Returns of one order run their sagas one at a time
 * (inventory.restocked names only the order), so there is at most one.
 */
export async function findActiveReturnSaga(
  tx: OrdersTx,
  orderId: string,
): Promise<{ id: string; state: ReturnSagaState } | null> {
  const row = await tx.return.findFirst({
    where: { orderId, sagaStatus: { in: ['running', 'compensating'] } },
    select: { id: true, sagaState: true },
  });
  return row ? { id: row.id, state: row.sagaState as unknown as ReturnSagaState } : null;
}

/** The received return of the order that waits longest for its saga. */
export async function findQueuedReturn(tx: OrdersTx, orderId: string): Promise<ReturnRecord | null> {
  const row = await tx.return.findFirst({
    where: { orderId, status: 'RECEIVED', sagaStatus: null },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    include: WITH_LINES,
  });
  return row ? toRecord(row) : null;
}

export async function returnStatusesOf(tx: OrdersTx, orderId: string): Promise<{ status: ReturnStatus }[]> {
  return tx.return.findMany({ where: { orderId }, select: { status: true } });
}

export interface ReturnListFilter {
  status?: ReturnStatus;
}

/** One page of returns (`take` rows, newest first) and the total matching the filter. */
export async function listReturns(
  db: OrdersDb,
  filter: ReturnListFilter,
  take: number,
  after: KeysetCursor | null,
): Promise<{ rows: ReturnRecord[]; total: number }> {
  const where: Prisma.ReturnWhereInput = filter.status ? { status: filter.status } : {};
  const afterWhere: Prisma.ReturnWhereInput = afterKeyset(after);
  const [rows, total] = await Promise.all([
    db.return.findMany({
      where: { AND: [where, afterWhere] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      include: WITH_LINES,
    }),
    db.return.count({ where }),
  ]);
  return { rows: rows.map(toRecord), total };
}
