import type { Identity } from '@msa/auth';
import { publishEvent } from '@msa/events';
import { forbidden } from '@msa/subgraph-kit';
import { inTransaction, type OrdersDb } from '../data/database';
import { lockOrder } from '../data/order.repo';
import { findReturn, returnStatusesOf, updateReturn } from '../data/return.repo';
import { MAX_RETURN_REASON, ReturnErrorCode } from '../domain/return-policy';
import { canMoveReturn, orderStatusAfterReturns } from '../domain/return-status';
import { changeOrderStatus } from './order-status-change';
import { returnRejected, returnSucceeded, type ReturnOutcome } from './return-outcome';

export interface CloseReturnService {
  /** An administrator turns a return down before its items arrive (REQUESTED/APPROVED → REJECTED). */
  reject(returnId: string, reason: string): Promise<ReturnOutcome>;
  /** The customer withdraws their return before sending the items (REQUESTED/APPROVED → CANCELLED). */
  cancel(actor: Identity, returnId: string): Promise<ReturnOutcome>;
}

const NOTES = {
  REJECTED: (reason: string) => `Return rejected: ${reason}`,
  CANCELLED: () => 'The customer withdrew the return request.',
};

/**
 * Ends a return that will not come back. Under the order's lock: the return turns REJECTED or CANCELLED, the
 * order leaves RETURN_REQUESTED once no other return is open (DELIVERED again, or RETURNED/REFUNDED when an
 * earlier return was settled), and return.rejected / return.cancelled is written to the outbox, from which
 * notifications tells the customer. Units of an ended return may be returned again within the window.
 */
export function createCloseReturnService(
  db: OrdersDb,
  notify: (orderId: string) => Promise<void>,
): CloseReturnService {
  const close = async (
    returnId: string,
    to: 'REJECTED' | 'CANCELLED',
    authorize: (entry: { customerId: string }) => void,
    reason: string | null,
  ): Promise<ReturnOutcome> => {
    const found = await findReturn(db, returnId);
    if (!found)
      return returnRejected({
        code: ReturnErrorCode.NOT_FOUND,
        message: 'No such return.',
        field: ['returnId'],
      });
    authorize(found);
    const outcome = await inTransaction(db, async (tx) => {
      const order = (await lockOrder(tx, found.orderId))!;
      const entry = (await findReturn(tx, returnId))!;
      if (!canMoveReturn(entry.status, to))
        return returnRejected({
          code: ReturnErrorCode.RETURN_NOT_PENDING,
          message: `This return is ${entry.status.toLowerCase().replaceAll('_', ' ')}; only a return whose items have not arrived yet can be ${to === 'REJECTED' ? 'rejected' : 'withdrawn'}.`,
          field: ['returnId'],
        });
      await updateReturn(tx, entry.id, {
        status: to,
        settledAt: new Date(),
        ...(reason ? { rejectionReason: reason } : {}),
      });
      const next = orderStatusAfterReturns(await returnStatusesOf(tx, order.id));
      if (next && order.status === 'RETURN_REQUESTED')
        await changeOrderStatus(
          tx,
          order,
          next,
          to === 'REJECTED' ? NOTES.REJECTED(reason!) : NOTES.CANCELLED(),
        );
      const facts = { returnId: entry.id, orderId: entry.orderId, customerId: entry.customerId };
      if (to === 'REJECTED') await publishEvent(tx, 'return.rejected', { ...facts, reason: reason! });
      else await publishEvent(tx, 'return.cancelled', facts);
      return returnSucceeded(entry);
    });
    if (!outcome.entry) return outcome;
    await notify(found.orderId);
    return returnSucceeded((await findReturn(db, returnId))!);
  };

  return {
    reject(returnId, reason) {
      const trimmed = reason.trim();
      if (trimmed === '' || trimmed.length > MAX_RETURN_REASON)
        return Promise.resolve(
          returnRejected({
            code: ReturnErrorCode.INVALID_REASON,
            message: `Give the customer a reason of 1 to ${MAX_RETURN_REASON} characters.`,
            field: ['reason'],
          }),
        );
      return close(returnId, 'REJECTED', () => {}, trimmed);
    },
    cancel(actor, returnId) {
      return close(
        returnId,
        'CANCELLED',
        (entry) => {
          if (actor.kind !== 'user' || actor.userId !== entry.customerId)
            throw forbidden('Only the customer who asked for the return can withdraw it');
        },
        null,
      );
    },
  };
}
