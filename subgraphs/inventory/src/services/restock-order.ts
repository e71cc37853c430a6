import { publishEvent, type CommandPayloads } from '@msa/events';
import { normalizeLines, planRestock } from '../domain/reservation-plan';
import { planMovement } from '../domain/stock-movement';
import { DUPLICATE_MESSAGE, inTransactionOnce, type InventoryDb } from '../data/database';
import { addRestockedQuantity, findOrderReservations, lockOrder } from '../data/reservation.repo';
import { applyHeldMovement } from './stock-change';
import type { MessageOptions } from './message-options';

export type RestockOutcome = { kind: 'restocked'; units: number } | { kind: 'duplicate' };

/**
 * inventory.restock: puts committed units of an order back on the shelf (a cancellation after confirmation,
 * a received return) and replies inventory.restocked. Never more than the order committed per variant, so a
 * repeated restock for the same order changes nothing.
 */
export async function restockOrder(
  db: InventoryDb,
  command: CommandPayloads['inventory.restock'],
  options: MessageOptions = {},
): Promise<RestockOutcome> {
  const lines = normalizeLines(command.lines);
  const { orderId } = command;
  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<RestockOutcome> => {
    await lockOrder(tx, orderId);
    const steps = planRestock(await findOrderReservations(tx, orderId), lines);
    for (const step of steps) {
      await applyHeldMovement(
        tx,
        planMovement(step.reservation.variantId, 'RESTOCK', step.quantity, {
          reference: orderId,
          note: command.reason,
        }),
      );
      await addRestockedQuantity(tx, step.reservation.id, step.quantity);
    }
    await publishEvent(tx, 'inventory.restocked', { orderId });
    return { kind: 'restocked', units: steps.reduce((sum, step) => sum + step.quantity, 0) };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
