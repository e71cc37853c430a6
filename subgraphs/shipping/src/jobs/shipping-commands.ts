import { failPermanentlyOn, type CommandHandlers } from '@msa/events';
import { cancelShipment, ShipmentNotCancellableError } from '../services/cancel-shipment';
import { createShipment } from '../services/create-shipment';
import { InvalidCommandError } from '../services/invalid-command';
import type { ShippingDeps } from '../services/shipping-deps';

/**
 * A malformed command, or a cancellation of a parcel already on its way, fails the same way on every retry:
 * straight to the dead letters, where an administrator sees it. Anything else is retried with backoff.
 */
const failPermanentlyWhenHopeless = failPermanentlyOn(InvalidCommandError, ShipmentNotCancellableError);

/** Handlers of the commands.shipping queue. */
export function shippingCommandHandlers(deps: ShippingDeps): CommandHandlers {
  return {
    'shipping.create_shipment': (command) => failPermanentlyWhenHopeless(() => createShipment(deps, command)),
    'shipping.cancel_shipment': (command) => failPermanentlyWhenHopeless(() => cancelShipment(deps, command)),
  };
}
