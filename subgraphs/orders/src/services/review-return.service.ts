import { notFound } from '@msa/subgraph-kit';
import { inTransaction, type OrdersDb, type OrdersTx } from '../data/database';
import { lockOrder, type LockedOrder } from '../data/order.repo';
import { findReturn, updateReturn } from '../data/return.repo';
import type { ReturnRecord } from '../domain/return';
import { ReturnErrorCode } from '../domain/return-policy';
import { canMoveReturn } from '../domain/return-status';
import { receiveIntoSaga } from './return-saga.service';
import { returnRejected, returnSucceeded, type ReturnOutcome } from './return-outcome';

export interface ReviewReturnService {
  /** REQUESTED → APPROVED: the customer may send the items. */
  approve(returnId: string): Promise<ReturnOutcome>;
  /** APPROVED → RECEIVED: the parcel arrived; restock and refund start. */
  receive(returnId: string): Promise<ReturnOutcome>;
}

/** Administrators move returns along; the caller checks the role. */
export function createReviewReturnService(
  db: OrdersDb,
  notify: (orderId: string) => Promise<void>,
): ReviewReturnService {
  /** Reads the return, locks its order, and re-reads it under the lock before `work` changes it. */
  const underOrderLock = async (
    returnId: string,
    work: (tx: OrdersTx, order: LockedOrder, entry: ReturnRecord) => Promise<ReturnOutcome>,
  ): Promise<ReturnOutcome> => {
    const found = await findReturn(db, returnId);
    if (!found) throw notFound('Return');
    const outcome = await inTransaction(db, async (tx) => {
      const order = (await lockOrder(tx, found.orderId))!;
      return work(tx, order, (await findReturn(tx, returnId))!);
    });
    if (!outcome.entry) return outcome;
    await notify(found.orderId);
    return returnSucceeded((await findReturn(db, returnId))!);
  };

  return {
    approve: (returnId) =>
      underOrderLock(returnId, async (tx, _order, entry) => {
        if (!canMoveReturn(entry.status, 'APPROVED'))
          return returnRejected({
            code: ReturnErrorCode.RETURN_NOT_REQUESTED,
            message: `This return is ${entry.status}; only a requested return can be approved.`,
            field: ['returnId'],
          });
        await updateReturn(tx, entry.id, { status: 'APPROVED', approvedAt: new Date() });
        return returnSucceeded(entry);
      }),
    receive: (returnId) =>
      underOrderLock(returnId, async (tx, order, entry) => {
        if (!canMoveReturn(entry.status, 'RECEIVED'))
          return returnRejected({
            code: ReturnErrorCode.RETURN_NOT_APPROVED,
            message: `This return is ${entry.status}; only an approved return can be received.`,
            field: ['returnId'],
          });
        await updateReturn(tx, entry.id, { status: 'RECEIVED', receivedAt: new Date() });
        await receiveIntoSaga(tx, order, { ...entry, status: 'RECEIVED' });
        return returnSucceeded(entry);
      }),
  };
}
