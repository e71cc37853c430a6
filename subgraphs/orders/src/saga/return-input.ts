import type { OrderLineRef } from '@msa/events';

/** What the return saga knows about its return, fixed when the return was received. */
export interface ReturnSagaInput {
  returnId: string;
  orderId: string;
  /** The returned units per variant, for inventory. */
  lines: OrderLineRef[];
  /** The refund fixed when the return was requested; 0 skips the refund. */
  refundAmount: number;
}
