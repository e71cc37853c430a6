const REASONS: Record<string, string> = {
  ADJUSTMENT: 'Adjustment',
  RESERVATION: 'Reserved for an order',
  RELEASE: 'Reservation released',
  EXPIRY: 'Reservation expired',
  COMMIT: 'Shipped to a customer',
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
