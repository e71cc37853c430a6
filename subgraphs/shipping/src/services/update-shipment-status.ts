import { inTransaction } from '../data/database';
import { lockShipment } from '../data/shipment.repo';
import { scanLocation } from '../domain/carrier-route';
import type { ShipmentRecord } from '../domain/shipment';
import {
  adminStatusChangeProblem,
  canTransition,
  nextCarrierStatus,
  type ShipmentStatus,
} from '../domain/shipment-status';
import { recordStatusChange } from './record-status-change';
import type { ShippingDeps } from './shipping-deps';

export type AdminStatusOutcome =
  | { kind: 'changed'; shipment: ShipmentRecord }
  | { kind: 'refused'; shipment: ShipmentRecord; code: string; message: string }
  | { kind: 'not_found' };

/**
 * An administrator records what the carrier reported (or a problem). Without a location the carrier's usual
 * scan location for that status is used. The simulated carrier carries on from the new status.
 */
export async function updateShipmentStatus(
  deps: ShippingDeps,
  change: { shipmentId: string; status: ShipmentStatus; location: string | null },
): Promise<AdminStatusOutcome> {
  const outcome = await inTransaction(deps.db, async (tx): Promise<AdminStatusOutcome> => {
    const shipment = await lockShipment(tx, change.shipmentId);
    if (!shipment) return { kind: 'not_found' };
    const problem = adminStatusChangeProblem(shipment.status, change.status);
    if (problem) return { kind: 'refused', shipment, ...problem };
    const updated = await recordStatusChange(tx, shipment, {
      status: change.status,
      location: change.location ?? scanLocation(change.status, shipment),
      at: deps.now(),
    });
    return { kind: 'changed', shipment: updated };
  });
  if (outcome.kind === 'changed') await deps.carrier.scheduleNext(outcome.shipment);
  return outcome;
}

/**
 * One scan of the simulated carrier: moves the shipment one step along the happy path, unless anything
 * changed it since the scan was scheduled (an administrator, an earlier delivery of this job), in which case
 * whoever changed it scheduled what comes next.
 */
export async function advanceByCarrier(
  deps: ShippingDeps,
  scan: { shipmentId: string; version: number },
): Promise<ShipmentRecord | null> {
  const advanced = await inTransaction(deps.db, async (tx) => {
    const shipment = await lockShipment(tx, scan.shipmentId);
    if (!shipment || shipment.version !== scan.version) return null;
    const next = nextCarrierStatus(shipment.status);
    if (!next || !canTransition(shipment.status, next)) return null;
    return recordStatusChange(tx, shipment, {
      status: next,
      location: scanLocation(next, shipment),
      at: deps.now(),
    });
  });
  if (advanced) await deps.carrier.scheduleNext(advanced);
  return advanced;
}
