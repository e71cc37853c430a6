/** The payments part of a customer's data export: each payment of their orders and its refunds. */
export function paymentsExportPart(
  payments: readonly {
    id: string;
    orderId: string;
    amount: number;
    currency: string;
    status: string;
    cardBrand: string | null;
    cardLast4: string | null;
    capturedAmount: number;
    refundedAmount: number;
    createdAt: Date;
    refunds: readonly { id: string; amount: number; reason: string; status: string; createdAt: Date }[];
  }[],
): unknown {
  return {
    payments: payments.map((p) => ({
      id: p.id,
      orderId: p.orderId,
      amount: p.amount,
      currency: p.currency,
      status: p.status,
      card: p.cardBrand || p.cardLast4 ? { brand: p.cardBrand, last4: p.cardLast4 } : null,
      capturedAmount: p.capturedAmount,
      refundedAmount: p.refundedAmount,
      createdAt: p.createdAt.toISOString(),
      refunds: p.refunds.map((r) => ({
        id: r.id,
        amount: r.amount,
        reason: r.reason,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      })),
    })),
  };
}
