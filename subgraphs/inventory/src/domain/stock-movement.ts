import type { StockNumbers } from './stock-level';

/** Mirrors the StockMovementReason enum of the database. */
export type MovementReason = 'ADJUSTMENT' | 'RESERVATION' | 'RELEASE' | 'EXPIRY' | 'COMMIT' | 'RESTOCK';

/**
 * How each kind of movement changes onHand and reserved:
 * - a reservation holds units (reserved up), release and expiry let them go (reserved down);
 * - a commit ships held units (both down), a restock puts shipped units back (onHand up);
 * - an admin adjustment changes what is on the shelf (onHand by the signed delta).
 */
export function movementDelta(reason: MovementReason, quantity: number): StockNumbers {
  switch (reason) {
    case 'RESERVATION':
      return { onHand: 0, reserved: quantity };
    case 'RELEASE':
    case 'EXPIRY':
      return { onHand: 0, reserved: -quantity };
    case 'COMMIT':
      return { onHand: -quantity, reserved: -quantity };
    case 'RESTOCK':
    case 'ADJUSTMENT':
      return { onHand: quantity, reserved: 0 };
  }
}

/** One planned change of one variant, before it is applied. */
export interface PlannedMovement {
  variantId: string;
  reason: MovementReason;
  delta: StockNumbers;
  /** Order id or other cause, recorded on the ledger row. */
  reference: string | null;
  note: string | null;
  actorId: string | null;
}

export function planMovement(
  variantId: string,
  reason: MovementReason,
  quantity: number,
  context: { reference?: string | null; note?: string | null; actorId?: string | null } = {},
): PlannedMovement {
  return {
    variantId,
    reason,
    delta: movementDelta(reason, quantity),
    reference: context.reference ?? null,
    note: context.note ?? null,
    actorId: context.actorId ?? null,
  };
}
