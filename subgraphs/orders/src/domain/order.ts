import type { OrderStatus } from './order-status';
import type { ShippingAddress } from './shipping-address';
import type { TaxLine } from './tax';

export interface OrderLineRecord {
  id: string;
  variantId: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  /** The line's share of the order's tax, paid back with returned units. */
  taxAmount: number;
}

export interface StatusChangeRecord {
  status: OrderStatus;
  at: Date;
  note: string | null;
}

export interface OrderDiscountRecord {
  promotionId: string;
  code: string | null;
  label: string;
  amount: number;
}

/** An order as the service works with it: amounts in minor units of `currency`. */
export interface OrderRecord {
  id: string;
  number: number;
  /** A user id, or a guest's pseudonym (src/domain/guest-email.ts) until a user claims the order. */
  customerId: string;
  /** The email a guest checked out with; null for orders placed signed in. */
  guestEmail: string | null;
  cartId: string;
  status: OrderStatus;
  currency: string;
  subtotal: number;
  discounts: OrderDiscountRecord[];
  discountTotal: number;
  shippingTotal: number;
  /** subtotal − discountTotal + shippingTotal + taxTotal. */
  total: number;
  taxTotal: number;
  taxLines: TaxLine[];
  shippingAddress: ShippingAddress;
  cancellationReason: string | null;
  /** The code of the last declined authorization; see PAYMENT_FAILED. */
  paymentFailureCode: string | null;
  /** Sum of the refunds payments reported for the order, in minor units. */
  refundedTotal: number;
  shippingRateId: string | null;
  /** The carrier's latest progress (src/domain/shipment-progress.ts). */
  shipmentStatus: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lines: OrderLineRecord[];
  history: StatusChangeRecord[];
}
