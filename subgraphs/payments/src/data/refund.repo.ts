import type { Prisma, Refund } from '../__generated__/prisma/client';
import type { PaymentsReader, PaymentsTx } from './database';

export type RefundRow = Refund;

export function findRefund(db: PaymentsReader, id: string): Promise<RefundRow | null> {
  return db.refund.findUnique({ where: { id } });
}

export function findRefundByProviderId(
  db: PaymentsReader,
  providerRefundId: string,
): Promise<RefundRow | null> {
  return db.refund.findUnique({ where: { providerRefundId } });
}

/** The ledger of one payment, oldest first. */
export function findRefundsOfPayment(db: PaymentsReader, paymentId: string): Promise<RefundRow[]> {
  return db.refund.findMany({ where: { paymentId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

export function findRefundsOfPayments(
  db: PaymentsReader,
  paymentIds: readonly string[],
): Promise<RefundRow[]> {
  return db.refund.findMany({
    where: { paymentId: { in: [...paymentIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export function insertRefund(tx: PaymentsTx, refund: Prisma.RefundUncheckedCreateInput): Promise<RefundRow> {
  return tx.refund.create({ data: refund });
}

export function updateRefund(tx: PaymentsTx, id: string, data: Prisma.RefundUpdateInput): Promise<RefundRow> {
  return tx.refund.update({ where: { id }, data });
}
