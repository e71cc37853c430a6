import { failPermanentlyOn, type CommandHandlers } from '@msa/events';
import { InvalidCommandError } from '../domain/reservation-plan';
import type { InventoryDb } from '../data/database';
import { commitReservation, ReservationNotHeldError } from '../services/commit-reservation';
import { releaseReservation } from '../services/release-reservation';
import { reserveStock } from '../services/reserve-stock';
import { restockOrder } from '../services/restock-order';

/**
 * A malformed command, or a commit for stock no longer held, fails the same way on every retry: straight to
 * the dead letters. Everything else (a lost connection, a deadlock) is retried with backoff.
 */
const failPermanentlyWhenHopeless = failPermanentlyOn(InvalidCommandError, ReservationNotHeldError);

/** Handlers of the commands.inventory queue; each command is processed once per message id. */
export function inventoryCommandHandlers(db: InventoryDb): CommandHandlers {
  return {
    'inventory.reserve': (command) =>
      failPermanentlyWhenHopeless(() => reserveStock(db, command.payload, { messageId: command.id })),
    'inventory.commit': (command) =>
      failPermanentlyWhenHopeless(() => commitReservation(db, command.payload, { messageId: command.id })),
    'inventory.release': (command) =>
      failPermanentlyWhenHopeless(() => releaseReservation(db, command.payload, { messageId: command.id })),
    'inventory.restock': (command) =>
      failPermanentlyWhenHopeless(() => restockOrder(db, command.payload, { messageId: command.id })),
  };
}
