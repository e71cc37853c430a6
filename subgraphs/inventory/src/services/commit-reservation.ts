import { publishEvent, type CommandPayloads } from '@msa/events';
import { planCommit } from '../domain/reservation-plan';
import { planMovement } from '../domain/stock-movement';
import { DUPLICATE_MESSAGE, inTransactionOnce, type InventoryDb } from '../data/database';
import { findOrderReservations, lockOrder, setReservationStatus } from '../data/reservation.repo';
import { applyHeldMovement } from './stock-change';
import type { MessageOptions } from './message-options';

/**
 * A commit for an order whose stock is no longer held (released, expired, never reserved). Retrying cannot
 * help: the order has already been told by inventory.released (or never got inventory.reserved).
 */
export class ReservationNotHeldError extends Error {
  constructor(
    readonly orderId: string,
    reason: string,
  ) {
    super(`Cannot commit order ${orderId}: ${reason}`);
    this.name = 'ReservationNotHeldError';
  }
}

export type CommitOutcome = { kind: 'committed' } | { kind: 'already-committed' } | { kind: 'duplicate' };

/**
 * inventory.commit: the held units leave the shelf (onHand and reserved both drop) and the order's
 * reservations become COMMITTED; replies inventory.committed, also when they already were.
 */
export async function commitReservation(
  db: InventoryDb,
  command: CommandPayloads['inventory.commit'],
  options: MessageOptions = {},
): Promise<CommitOutcome> {
  const { orderId } = command;
  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<CommitOutcome> => {
    await lockOrder(tx, orderId);
    const plan = planCommit(await findOrderReservations(tx, orderId));
    if (plan.kind === 'not-reserved') throw new ReservationNotHeldError(orderId, plan.reason);
    if (plan.kind === 'commit') {
      for (const reservation of plan.reservations) {
        await applyHeldMovement(
          tx,
          planMovement(reservation.variantId, 'COMMIT', reservation.quantity, { reference: orderId }),
        );
      }
      await setReservationStatus(
        tx,
        plan.reservations.map((r) => r.id),
        'COMMITTED',
      );
    }
    await publishEvent(tx, 'inventory.committed', { orderId });
    return plan.kind === 'commit' ? { kind: 'committed' } : { kind: 'already-committed' };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
