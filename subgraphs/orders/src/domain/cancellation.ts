import type { Identity } from '@msa/auth';
import { canTransition, type OrderStatus } from './order-status';

/** Why an order was cancelled; stored on the order and shown to clients as `cancellationReason`. */
export const CancellationReason = {
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  UNKNOWN_VARIANT: 'UNKNOWN_VARIANT',
  RESERVATION_EXPIRED: 'RESERVATION_EXPIRED',
  CANCELLED_BY_CUSTOMER: 'CANCELLED_BY_CUSTOMER',
  CANCELLED_BY_ADMIN: 'CANCELLED_BY_ADMIN',
} as const;
export type CancellationReason = (typeof CancellationReason)[keyof typeof CancellationReason];

const NOTES: Record<CancellationReason, string> = {
  OUT_OF_STOCK: 'Cancelled: an item is out of stock.',
  UNKNOWN_VARIANT: 'Cancelled: an item is no longer sold.',
  RESERVATION_EXPIRED: 'Cancelled: the stock hold expired before the order was confirmed.',
  CANCELLED_BY_CUSTOMER: 'Cancelled by the customer.',
  CANCELLED_BY_ADMIN: 'Cancelled by an administrator.',
};

/** The status-history note for a cancellation; an unknown reason (a newer saga step) is shown as is. */
export function cancellationNote(reason: string): string {
  return (NOTES as Record<string, string>)[reason] ?? `Cancelled: ${reason}.`;
}

/** Customers may cancel until the order ships. */
const CUSTOMER_CANCELLABLE: readonly OrderStatus[] = ['PENDING', 'CONFIRMED'];

export type CancelDecision =
  | { kind: 'allowed'; reason: CancellationReason }
  | { kind: 'forbidden' }
  | { kind: 'not-cancellable'; message: string };

/**
 * Who may cancel what: the owner while the order has not shipped, an administrator at any time before
 * delivery. Staff can read orders but not change them.
 */
export function decideCancellation(
  order: { customerId: string; status: OrderStatus },
  actor: Identity,
): CancelDecision {
  const isAdmin = actor.role === 'ADMIN';
  if (!isAdmin && actor.userId !== order.customerId) return { kind: 'forbidden' };
  if (!canTransition(order.status, 'CANCELLED')) {
    return {
      kind: 'not-cancellable',
      message: `This order is ${order.status.toLowerCase().replace('_', ' ')} and can no longer be cancelled.`,
    };
  }
  if (isAdmin) return { kind: 'allowed', reason: CancellationReason.CANCELLED_BY_ADMIN };
  if (!CUSTOMER_CANCELLABLE.includes(order.status)) {
    return { kind: 'not-cancellable', message: 'This order has shipped; request a return once it arrives.' };
  }
  return { kind: 'allowed', reason: CancellationReason.CANCELLED_BY_CUSTOMER };
}
