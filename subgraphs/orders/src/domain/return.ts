import type { ReturnStatus } from './return-status';

export interface ReturnLineRecord {
  id: string;
  orderLineId: string;
  variantId: string;
  quantity: number;
  /** Minor units of the return's currency. */
  refundAmount: number;
}

/** A return as the service works with it: amounts in minor units of `currency`. */
export interface ReturnRecord {
  id: string;
  orderId: string;
  customerId: string;
  status: ReturnStatus;
  reason: string;
  refundAmount: number;
  currency: string;
  failureReason: string | null;
  /** Why an administrator rejected the return. */
  rejectionReason: string | null;
  createdAt: Date;
  approvedAt: Date | null;
  receivedAt: Date | null;
  settledAt: Date | null;
  updatedAt: Date;
  lines: ReturnLineRecord[];
}
