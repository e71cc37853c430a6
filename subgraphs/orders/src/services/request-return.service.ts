import type { Identity } from '@msa/auth';
import { badUserInput, forbidden, notFound } from '@msa/subgraph-kit';
import { inTransaction, type OrdersDb } from '../data/database';
import { findOrder, lockOrder } from '../data/order.repo';
import { findReturn, insertReturn, returnedQuantities } from '../data/return.repo';
import { planReturn, returnInputProblem, type RequestedReturnLine } from '../domain/return-policy';
import { changeOrderStatus } from './order-status-change';
import { returnRejected, returnSucceeded, type ReturnOutcome } from './return-outcome';

export interface ReturnRequest {
  orderId: string;
  lines: RequestedReturnLine[];
  reason: string;
}

export interface RequestReturnService {
  request(actor: Identity, request: ReturnRequest): Promise<ReturnOutcome>;
}

const REQUESTED_NOTE = 'The customer asked to return items.';

/**
 * A customer asks to send back units of a delivered order. The refund is fixed now (the rule is in
 * src/domain/return-refund.ts) so the customer sees it before sending anything; the order turns
 * RETURN_REQUESTED. Runs under the order's lock, so two requests cannot both claim the same units.
 */
export function createRequestReturnService(
  db: OrdersDb,
  options: { returnWindowDays: number; notify: (orderId: string) => Promise<void>; clock?: () => Date },
): RequestReturnService {
  const clock = options.clock ?? (() => new Date());
  return {
    async request(actor, request) {
      const malformed = returnInputProblem(request.lines, request.reason);
      if (malformed) throw badUserInput(malformed.message, malformed.field);
      const outcome = await inTransaction(db, async (tx): Promise<ReturnOutcome | null> => {
        const locked = await lockOrder(tx, request.orderId);
        if (!locked) return null;
        if (actor.kind !== 'user' || locked.customerId !== actor.userId)
          throw forbidden('Only the customer who placed the order can return it');
        const order = (await findOrder(tx, request.orderId))!;
        const plan = planReturn({
          order,
          alreadyReturned: await returnedQuantities(tx, order.id),
          requested: request.lines,
          now: clock(),
          windowDays: options.returnWindowDays,
        });
        if (!plan.ok) return returnRejected(...plan.problems);
        const entry = await insertReturn(tx, {
          orderId: order.id,
          customerId: order.customerId,
          reason: request.reason.trim(),
          currency: order.currency,
          refundAmount: plan.refundAmount,
          lines: plan.lines,
        });
        if (locked.status !== 'RETURN_REQUESTED')
          await changeOrderStatus(tx, locked, 'RETURN_REQUESTED', REQUESTED_NOTE);
        return returnSucceeded(entry);
      });
      if (!outcome) throw notFound('Order');
      if (outcome.entry) {
        await options.notify(request.orderId);
        return returnSucceeded((await findReturn(db, outcome.entry.id))!);
      }
      return outcome;
    },
  };
}
