import { byKeys, type LoaderRegistry } from '@msa/subgraph-kit';
import type { Identity } from '@msa/auth';
import { isUuid, type PaymentsDb } from '../data/database';
import { findPaymentsByIds, findPaymentsByOrderIds, type PaymentRow } from '../data/payment.repo';
import { findRefundsOfPayments, type RefundRow } from '../data/refund.repo';
import { canSeePayment } from '../domain/payment-visibility';
import { refundableAmount } from '../domain/refund-ledger';
import { toPaymentView, toRefundView, type PaymentView, type RefundView } from './payment-views';

export interface QueryScope {
  db: PaymentsDb;
  loaders: LoaderRegistry;
  identity: Identity | null;
}

function visible(scope: QueryScope, row: PaymentRow | null, openedByOrdersGrant = false): PaymentView | null {
  return row && (openedByOrdersGrant || canSeePayment(scope.identity, row)) ? toPaymentView(row) : null;
}

/**
 * The payment of an order, batched over every order of a request; null when there is none or it is not the
 * caller's. `openedWithAccessToken`: orders found that this request holds the order's guest access token.
 */
export async function paymentOfOrder(
  scope: QueryScope,
  orderId: string,
  openedWithAccessToken = false,
): Promise<PaymentView | null> {
  const row = await scope.loaders
    .get<
      string,
      PaymentRow | null
    >('PaymentByOrder', async (orderIds) => byKeys(orderIds, await findPaymentsByOrderIds(scope.db, orderIds), (payment) => payment.orderId))
    .load(orderId);
  return visible(scope, row, openedWithAccessToken);
}

export async function paymentById(scope: QueryScope, id: string): Promise<PaymentView | null> {
  if (!isUuid(id)) return null;
  const row = await scope.loaders
    .get<
      string,
      PaymentRow | null
    >('Payment', async (ids) => byKeys(ids, await findPaymentsByIds(scope.db, ids), (payment) => payment.id))
    .load(id);
  return visible(scope, row);
}

/** A payment's refunds, oldest first, batched over every payment of a request. */
export async function refundsOf(scope: QueryScope, payment: PaymentView): Promise<RefundView[]> {
  const rows = await scope.loaders
    .get<string, RefundRow[]>('RefundsOfPayment', async (paymentIds) => {
      const byPayment = new Map<string, RefundRow[]>(paymentIds.map((id) => [id, []]));
      for (const refund of await findRefundsOfPayments(scope.db, paymentIds))
        byPayment.get(refund.paymentId)?.push(refund);
      return paymentIds.map((id) => byPayment.get(id) ?? []);
    })
    .load(payment.id);
  return rows.map((row) => toRefundView(row, payment.currency));
}

export async function refundableOf(scope: QueryScope, payment: PaymentView): Promise<number> {
  const refunds = await refundsOf(scope, payment);
  return refundableAmount(
    { status: payment.status, capturedAmount: payment.capturedMinor },
    refunds.map((refund) => ({ amount: refund.amountMinor, status: refund.status })),
  );
}
