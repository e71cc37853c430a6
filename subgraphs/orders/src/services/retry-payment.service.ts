import { forbidden } from '@msa/subgraph-kit';
import { heldStep, retryStep } from '@msa/saga';
import { inTransaction, type OrdersDb } from '../data/database';
import { findOrder } from '../data/order.repo';
import { actsAsCustomerOf, type OrderActor } from '../domain/order-actor';
import { canRetryPayment, PAYMENT_RETRIED_NOTE } from '../domain/payment-failure';
import { checkoutSaga } from '../saga/checkout.saga';
import { authorizePayment } from '../saga/steps/authorize-payment';
import { advanceSaga } from './checkout-saga.service';
import { settledOutcome } from './checkout.service';
import { watchSettlement, type SettlementDeps } from './checkout-settlement';
import { changeOrderStatus } from './order-status-change';
import { rejected, succeeded, type OrderOutcome } from './outcome';

export interface RetryPaymentService {
  retry(actor: OrderActor, orderId: string, paymentToken: string): Promise<OrderOutcome>;
}

export const RetryPaymentErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_PAYMENT_TOKEN: 'INVALID_PAYMENT_TOKEN',
  ORDER_NOT_PAYMENT_FAILED: 'ORDER_NOT_PAYMENT_FAILED',
} as const;

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * retryPayment: the customer of a PAYMENT_FAILED order (or a guest with its access token) tries another payment method. Under the order's lock
 * the held saga runs its authorization again with the new token (a new attempt, so payments authorizes
 * afresh) and the order goes back to PENDING; authorize → capture → ship → confirm then run as at checkout.
 * A second submit finds the order no longer PAYMENT_FAILED and answers with the order as it stands, without
 * authorizing again. Like checkout, it waits (bounded) for the outcome.
 */
export function createRetryPaymentService(deps: {
  db: OrdersDb;
  notify: (orderId: string) => Promise<void>;
  settlement?: Omit<SettlementDeps, 'load'>;
}): RetryPaymentService {
  const { db } = deps;
  return {
    async retry(actor, orderId, paymentToken) {
      if (!TOKEN.test(paymentToken.trim()))
        return rejected({
          code: RetryPaymentErrorCode.INVALID_PAYMENT_TOKEN,
          message: 'Give the payment provider’s token for the new payment method.',
          field: ['paymentToken'],
        });
      const existing = await findOrder(db, orderId);
      if (!existing)
        return rejected({
          code: RetryPaymentErrorCode.NOT_FOUND,
          message: 'No such order.',
          field: ['orderId'],
        });
      if (!actsAsCustomerOf(actor, existing))
        throw forbidden('Only the customer who placed the order can retry its payment');

      const watch = deps.settlement
        ? await watchSettlement({ ...deps.settlement, load: (id) => findOrder(db, id) }, orderId)
        : null;
      let retried = false;
      let replay = false;
      try {
        await inTransaction(db, (tx) =>
          advanceSaga(tx, orderId, (order, state) => {
            if (!canRetryPayment(order.status) || heldStep(state) !== authorizePayment.name) {
              // A double submit: the first one already sent the order back on its way.
              replay = (state.input.paymentAttempt ?? 1) > 1 && order.status !== 'CANCELLED';
              return null;
            }
            retried = true;
            return retryStep(checkoutSaga, state, authorizePayment, {
              ...state.input,
              paymentToken: paymentToken.trim(),
              paymentAttempt: (state.input.paymentAttempt ?? 1) + 1,
            });
          }).then(async (order) => {
            if (order && retried) await changeOrderStatus(tx, order, 'PENDING', PAYMENT_RETRIED_NOTE);
          }),
        );
      } catch (error) {
        watch?.cancel();
        throw error;
      }
      if (!retried) {
        watch?.cancel();
        const current = (await findOrder(db, orderId))!;
        if (replay) return succeeded(current);
        return rejected({
          code: RetryPaymentErrorCode.ORDER_NOT_PAYMENT_FAILED,
          message: `This order is ${current.status.toLowerCase().replaceAll('_', ' ')}; only an order whose payment failed can be paid again.`,
          field: ['orderId'],
        });
      }
      await deps.notify(orderId);
      const settled = watch ? await watch.settled() : null;
      return settledOutcome(settled ?? (await findOrder(db, orderId))!);
    },
  };
}
