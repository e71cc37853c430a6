import { waitingSince, type SagaState } from '@msa/saga';
import type { CheckoutSagaInput } from '../saga/checkout-input';
import type { Prisma } from '../__generated__/prisma/client';
import type { OrdersDb, OrdersTx } from './database';

export type CheckoutSagaState = SagaState<CheckoutSagaInput>;

export async function insertSaga(tx: OrdersTx, orderId: string, state: CheckoutSagaState): Promise<void> {
  await tx.sagaInstance.create({
    data: {
      orderId,
      saga: state.saga,
      status: state.status,
      state: state as unknown as Prisma.InputJsonValue,
      waitingSince: waitingSince(null, state, new Date(), null),
    },
  });
}

/** Read under the order's row lock (see lockOrder), so the state cannot change underneath the caller. */
export async function findSaga(tx: OrdersTx, orderId: string): Promise<CheckoutSagaState | null> {
  const row = await tx.sagaInstance.findUnique({ where: { orderId } });
  return row ? (row.state as unknown as CheckoutSagaState) : null;
}

/** The saga and since when it waits (see waitingSince); read under the order's row lock. */
export async function findSagaWait(
  tx: OrdersTx,
  orderId: string,
): Promise<{ state: CheckoutSagaState; waitingSince: Date | null } | null> {
  const row = await tx.sagaInstance.findUnique({
    where: { orderId },
    select: { state: true, waitingSince: true },
  });
  return row ? { state: row.state as unknown as CheckoutSagaState, waitingSince: row.waitingSince } : null;
}

/**
 * Stores the saga's next state. The time it has been waiting moves only when it waits for something new,
 * so a duplicate or unrelated event never postpones the watchdog.
 */
export async function saveSaga(
  tx: OrdersTx,
  orderId: string,
  previous: CheckoutSagaState,
  next: CheckoutSagaState,
): Promise<void> {
  const current = await tx.sagaInstance.findUnique({ where: { orderId }, select: { waitingSince: true } });
  await tx.sagaInstance.update({
    where: { orderId },
    data: {
      status: next.status,
      state: next as unknown as Prisma.InputJsonValue,
      waitingSince: waitingSince(previous, next, new Date(), current?.waitingSince ?? null),
    },
  });
}

export interface SagaWait<TState> {
  /** The order's id for a checkout saga, the return's for a return saga. */
  id: string;
  orderId: string;
  state: TState;
  waitingSince: Date;
}

/**
 * One page of checkout sagas that have waited since `before` or longer, longest first, after `after` (the
 * last of the previous page); the watchdog's candidates, read without locks.
 */
export async function sagasWaitingSince(
  db: OrdersDb | OrdersTx,
  before: Date,
  limit: number,
  after: { waitingSince: Date; id: string } | null,
): Promise<SagaWait<CheckoutSagaState>[]> {
  const rows = await db.sagaInstance.findMany({
    where: {
      waitingSince: { lte: before },
      ...(after
        ? {
            OR: [
              { waitingSince: { gt: after.waitingSince } },
              { waitingSince: after.waitingSince, orderId: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ waitingSince: 'asc' }, { orderId: 'asc' }],
    take: limit,
    select: { orderId: true, state: true, waitingSince: true },
  });
  return rows.map((row) => ({
    id: row.orderId,
    orderId: row.orderId,
    state: row.state as unknown as CheckoutSagaState,
    waitingSince: row.waitingSince!,
  }));
}
