/** What an order keeps for its accounting once its customer deleted the account: no name, street or phone. */
export function anonymisedShippingAddress(address: unknown): Record<string, string | null> {
  const country =
    typeof address === 'object' &&
    address !== null &&
    typeof (address as { country?: unknown }).country === 'string'
      ? (address as { country: string }).country
      : '';
  return {
    name: 'Deleted customer',
    line1: '',
    line2: null,
    city: '',
    region: null,
    postalCode: '',
    country,
    phone: null,
  };
}

interface OrderRows {
  id: string;
  number: number;
  status: string;
  currency: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  total: number;
  shippingAddress: unknown;
  cancellationReason: string | null;
  createdAt: Date;
  lines: readonly { variantId: string; quantity: number; unitPrice: number; lineTotal: number }[];
  discounts: readonly { code: string | null; label: string; amount: number }[];
  history: readonly { status: string; at: Date; note: string | null }[];
}

interface ReturnRows {
  id: string;
  orderId: string;
  status: string;
  reason: string;
  refundAmount: number;
  currency: string;
  createdAt: Date;
  lines: readonly { variantId: string; quantity: number; refundAmount: number }[];
}

/** The orders part of a customer's data export: every order with its lines, address and history, and returns. */
export function ordersExportPart(orders: readonly OrderRows[], returns: readonly ReturnRows[]): unknown {
  return {
    orders: orders.map((o) => ({
      id: o.id,
      number: `MSA-${o.number}`,
      status: o.status,
      currency: o.currency,
      subtotal: o.subtotal,
      discountTotal: o.discountTotal,
      shippingTotal: o.shippingTotal,
      total: o.total,
      shippingAddress: o.shippingAddress,
      cancellationReason: o.cancellationReason,
      placedAt: o.createdAt.toISOString(),
      lines: o.lines.map((l) => ({
        variantId: l.variantId,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
      })),
      discounts: o.discounts.map((d) => ({ code: d.code, label: d.label, amount: d.amount })),
      statusHistory: o.history.map((h) => ({ status: h.status, at: h.at.toISOString(), note: h.note })),
    })),
    returns: returns.map((r) => ({
      id: r.id,
      orderId: r.orderId,
      status: r.status,
      reason: r.reason,
      refundAmount: r.refundAmount,
      currency: r.currency,
      requestedAt: r.createdAt.toISOString(),
      lines: r.lines.map((l) => ({
        variantId: l.variantId,
        quantity: l.quantity,
        refundAmount: l.refundAmount,
      })),
    })),
  };
}
