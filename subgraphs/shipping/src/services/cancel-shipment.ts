import type { CommandEnvelope } from '@msa/events';
import { DUPLICATE_MESSAGE, inTransactionOnce } from '../data/database';
import { findShipmentByOrderId, lockOrder, lockShipment, recordCancellation } from '../data/shipment.repo';
import type { ShipmentRecord } from '../domain/shipment';
import { isCancellable } from '../domain/shipment-status';
import { requireText } from './invalid-command';
import { recordStatusChange } from './record-status-change';
import type { ShippingDeps } from './shipping-deps';

/** The parcel already left the warehouse: nothing can call it back, so a person has to deal with it. */
export class ShipmentNotCancellableError extends Error {
  constructor(shipment: ShipmentRecord) {
    super(
      `Shipment ${shipment.id} of order ${shipment.orderId} is ${shipment.status} and can no longer be cancelled`,
    );
    this.name = 'ShipmentNotCancellableError';
  }
}

export type CancelShipmentOutcome =
  | { kind: 'cancelled'; shipment: ShipmentRecord }
  | { kind: 'already_cancelled' }
  /** Nothing to undo; remembered so that a create_shipment arriving later is refused. */
  | { kind: 'no_shipment' }
  | { kind: 'duplicate_message' };

/** shipping.cancel_shipment: the order's compensation. Cancels a shipment that has not left yet. */
export async function cancelShipment(
  deps: ShippingDeps,
  command: CommandEnvelope<'shipping.cancel_shipment'>,
): Promise<CancelShipmentOutcome> {
  requireText(command.payload?.orderId, 'orderId');
  const { orderId, reason } = command.payload;
  const outcome = await inTransactionOnce(deps.db, command.id, async (tx): Promise<CancelShipmentOutcome> => {
    await lockOrder(tx, orderId);
    const found = await findShipmentByOrderId(tx, orderId);
    if (!found) {
      await recordCancellation(tx, orderId, reason ?? '');
      return { kind: 'no_shipment' };
    }
    const shipment = (await lockShipment(tx, found.id)) ?? found;
    if (shipment.status === 'CANCELLED') return { kind: 'already_cancelled' };
    if (!isCancellable(shipment.status)) throw new ShipmentNotCancellableError(shipment);
    const cancelled = await recordStatusChange(tx, shipment, {
      status: 'CANCELLED',
      location: null,
      at: deps.now(),
    });
    return { kind: 'cancelled', shipment: cancelled };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate_message' } : outcome;
}
