import type { Payment, Prisma } from '../__generated__/prisma/client';
import type { PaymentsReader, PaymentsTx } from './database';

export type PaymentRow = Payment;

export interface NewPayment {
  orderId: string;
  customerId: string;
  amount: number;
  currency: string;
  authorizationAttempt?: number;
}

/** The order's payment, created PENDING by the first authorize command; later ones find the same row. */
export async function createPendingPayment(db: PaymentsReader, payment: NewPayment): Promise<PaymentRow> {
  await db.payment.createMany({ data: [{ ...payment, status: 'PENDING' }], skipDuplicates: true });
  return db.payment.findUniqueOrThrow({ where: { orderId: payment.orderId } });
}

/**
 * A declined payment authorized again (a newer attempt of the order's retryPayment): back to PENDING for the
 * new attempt, its old decline cleared. Anything else (authorized meanwhile, already on this attempt or a
 * later one) is left as it is. Runs under the payment's row lock.
 */
export async function reopenDeclinedPayment(
  tx: PaymentsTx,
  paymentId: string,
  attempt: number,
): Promise<PaymentRow> {
  const current = (await lockPayment(tx, { id: paymentId }))!;
  if (current.status !== 'FAILED' || current.authorizedAt !== null) return current;
  if (current.authorizationAttempt >= attempt) return current;
  return tx.payment.update({
    where: { id: paymentId },
    data: {
      status: 'PENDING',
      authorizationAttempt: attempt,
      failureCode: null,
      failureReason: null,
      cardBrand: null,
      cardLast4: null,
    },
  });
}

export function findPaymentByOrderId(db: PaymentsReader, orderId: string): Promise<PaymentRow | null> {
  return db.payment.findUnique({ where: { orderId } });
}

export function findPaymentsByOrderIds(
  db: PaymentsReader,
  orderIds: readonly string[],
): Promise<PaymentRow[]> {
  return db.payment.findMany({ where: { orderId: { in: [...orderIds] } } });
}

export function findPaymentsByIds(db: PaymentsReader, ids: readonly string[]): Promise<PaymentRow[]> {
  return db.payment.findMany({ where: { id: { in: [...ids] } } });
}

/**
 * Reads a payment with a row lock held until the transaction ends: every change of a payment (and every
 * refund recorded against it) happens under this lock, so state checks and ledger checks cannot race.
 */
export async function lockPayment(
  tx: PaymentsTx,
  by: { id: string } | { orderId: string } | { providerChargeId: string },
): Promise<PaymentRow | null> {
  const locked =
    'id' in by
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM payments WHERE id = ${by.id}::uuid FOR UPDATE`
      : 'orderId' in by
        ? await tx.$queryRaw<
            { id: string }[]
          >`SELECT id FROM payments WHERE order_id = ${by.orderId} FOR UPDATE`
        : await tx.$queryRaw<
            { id: string }[]
          >`SELECT id FROM payments WHERE provider_charge_id = ${by.providerChargeId} FOR UPDATE`;
  const id = locked[0]?.id;
  return id ? tx.payment.findUnique({ where: { id } }) : null;
}

export function updatePayment(
  tx: PaymentsTx,
  id: string,
  data: Prisma.PaymentUpdateInput,
): Promise<PaymentRow> {
  return tx.payment.update({ where: { id }, data });
}
