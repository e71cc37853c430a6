import type { OrderStatus } from './order-status';
import type { ShippingAddress } from './shipping-address';

export interface OrderLineRecord {
  id: string;
  variantId: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

export interface StatusChangeRecord {
  status: OrderStatus;
  at: Date;
  note: string | null;
}

/** An order as the service works with it: amounts in minor units of `currency`. */
export interface OrderRecord {
  id: string;
  number: number;
  customerId: string;
  cartId: string;
  status: OrderStatus;
  currency: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  total: number;
  shippingAddress: ShippingAddress;
  cancellationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  lines: OrderLineRecord[];
  history: StatusChangeRecord[];
}
