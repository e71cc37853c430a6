import { money, type Money } from '@msa/subgraph-kit';
import type { PaymentRow } from '../data/payment.repo';
import type { RefundRow } from '../data/refund.repo';
import { describePaymentMethod } from '../domain/card-tokens';
import type { PaymentStatus } from '../domain/payment-status';
import type { RefundStatus } from '../domain/refund-ledger';

/** A payment as GraphQL shows it. */
export interface PaymentView {
  id: string;
  orderId: string;
  customerId: string;
  currency: string;
  status: PaymentStatus;
  amount: Money;
  method: string;
  capturedAmount: Money;
  refundedAmount: Money;
  /** Raw captured amount in minor units, for the refundable sum. */
  capturedMinor: number;
  failureCode: string | null;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RefundView {
  id: string;
  amount: Money;
  /** Raw amount in minor units, for the refundable sum. */
  amountMinor: number;
  reason: string;
  status: RefundStatus;
  returnId: string | null;
  failureReason: string | null;
  createdAt: Date;
}

export function toPaymentView(row: PaymentRow): PaymentView {
  return {
    id: row.id,
    orderId: row.orderId,
    customerId: row.customerId,
    currency: row.currency,
    status: row.status,
    amount: money(row.amount, row.currency),
    method: describePaymentMethod(
      row.cardBrand && row.cardLast4 ? { brand: row.cardBrand, last4: row.cardLast4 } : null,
    ),
    capturedAmount: money(row.capturedAmount, row.currency),
    refundedAmount: money(row.refundedAmount, row.currency),
    capturedMinor: row.capturedAmount,
    failureCode: row.failureCode,
    failureReason: row.failureReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toRefundView(row: RefundRow, currency: string): RefundView {
  return {
    id: row.id,
    amount: money(row.amount, currency),
    amountMinor: row.amount,
    reason: row.reason,
    status: row.status,
    returnId: row.returnId,
    failureReason: row.failureReason,
    createdAt: row.createdAt,
  };
}
