import { paymentStatusLabel, shipmentStatusLabel } from './order-timeline';

export interface CancelledOrderView {
  number: string;
  statusHistory: readonly { status: string; note?: string | null }[];
  payment?: { status: string; refundedAmount: { formatted: string } } | null;
  shipment?: { status: string } | null;
}

/**
 * What a cancellation undid, in one sentence from the order as it is afterwards: the note the cancellation
 * left in the history, what became of the payment and of the shipment. Steps still being compensated show
 * their state as it is (the page follows the order live).
 */
export function cancellationSummary(order: CancelledOrderView): string {
  const parts = [`Order ${order.number} cancelled.`];
  const note = [...order.statusHistory].reverse().find((change) => change.status === 'CANCELLED')?.note;
  if (note) parts.push(note.endsWith('.') ? note : `${note}.`);
  if (order.payment) {
    parts.push(
      order.payment.status === 'REFUNDED' || order.payment.status === 'PARTIALLY_REFUNDED'
        ? `Payment ${paymentStatusLabel(order.payment.status).toLowerCase()} (${order.payment.refundedAmount.formatted}).`
        : `Payment ${paymentStatusLabel(order.payment.status).toLowerCase()}.`,
    );
  }
  if (order.shipment) parts.push(`Shipment ${shipmentStatusLabel(order.shipment.status).toLowerCase()}.`);
  parts.push('Reserved or committed stock goes back on the shelf.');
  return parts.join(' ');
}
