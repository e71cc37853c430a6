import { isUuid } from '@msa/web-kit/uuid';

const REASONS: Record<string, string> = {
  ADJUSTMENT: 'Adjustment',
  RESERVATION: 'Reserved for an order',
  RELEASE: 'Reservation released',
  EXPIRY: 'Reservation expired',
  COMMIT: 'Committed to an order',
  RESTOCK: 'Restocked',
};

/** Why stock moved, in words. */
export function movementReasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** A signed change for the ledger: "+5", "−2", "" for no change. */
export function signedDelta(delta: number): string {
  if (delta === 0) return '';
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

/**
 * The order a movement belongs to, when its reference is one: reservations, commits, releases and restocks
 * of a cancellation carry the order id; adjustments and returns carry something else.
 */
export function referencedOrderId(reason: string, reference: string | null | undefined): string | null {
  if (!reference || !isUuid(reference)) return null;
  return reason === 'ADJUSTMENT' ? null : reference;
}
