import { money } from '@msa/subgraph-kit';
import type { OrderRecord } from '../domain/order';
import { isGuestCustomerId } from '../domain/guest-email';
import { formatOrderNumber } from '../domain/order-number';
import { Order, OrderAddress, OrderDiscount, OrderLine, OrderStatusChange } from './order.type';
import { toTaxLines } from './tax.type';

export function toOrder(record: OrderRecord): Order {
  const amount = (value: number) => money(value, record.currency);
  return Object.assign(new Order(), {
    id: record.id,
    number: formatOrderNumber(record.number),
    status: record.status,
    lines: record.lines.map((line) =>
      Object.assign(new OrderLine(), {
        id: line.id,
        variant: { id: line.variantId },
        quantity: line.quantity,
        unitPrice: amount(line.unitPrice),
        lineTotal: amount(line.lineTotal),
      }),
    ),
    subtotal: amount(record.subtotal),
    discounts: record.discounts.map((discount) =>
      Object.assign(new OrderDiscount(), {
        code: discount.code,
        label: discount.label,
        amount: amount(discount.amount),
      }),
    ),
    discountTotal: amount(record.discountTotal),
    shippingTotal: amount(record.shippingTotal),
    taxTotal: amount(record.taxTotal),
    taxLines: toTaxLines(record.taxLines, record.currency),
    total: amount(record.total),
    shippingAddress: Object.assign(new OrderAddress(), record.shippingAddress),
    statusHistory: record.history.map((change) => Object.assign(new OrderStatusChange(), change)),
    customer: isGuestCustomerId(record.customerId) ? null : { id: record.customerId },
    guestEmail: record.guestEmail,
    cancellationReason: record.cancellationReason,
    paymentFailureCode: record.paymentFailureCode,
    refundedTotal: amount(record.refundedTotal),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}
