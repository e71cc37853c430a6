import { publishEvent, type CommandPayloads } from '@msa/events';
import { planRelease } from '../domain/reservation-plan';
import { planMovement } from '../domain/stock-movement';
import { DUPLICATE_MESSAGE, inTransactionOnce, type InventoryDb } from '../data/database';
import { findOrderReservations, lockOrder, setReservationStatus } from '../data/reservation.repo';
import { applyHeldMovement } from './stock-change';
import type { MessageOptions } from './message-options';

export type ReleaseOutcome = { kind: 'released'; lines: number } | { kind: 'duplicate' };

/**
 * inventory.release: lets go of whatever the order still holds (committed stock stays committed; returning
 * it is inventory.restock) and replies inventory.released, also when nothing was held.
 */
export async function releaseReservation(
  db: InventoryDb,
  command: CommandPayloads['inventory.release'],
  options: MessageOptions = {},
): Promise<ReleaseOutcome> {
  const { orderId } = command;
  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<ReleaseOutcome> => {
    await lockOrder(tx, orderId);
    const held = planRelease(await findOrderReservations(tx, orderId));
    for (const reservation of held) {
      await applyHeldMovement(
        tx,
        planMovement(reservation.variantId, 'RELEASE', reservation.quantity, {
          reference: orderId,
          note: command.reason,
        }),
      );
    }
    await setReservationStatus(
      tx,
      held.map((r) => r.id),
      'RELEASED',
    );
    await publishEvent(tx, 'inventory.released', { orderId });
    return { kind: 'released', lines: held.length };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
