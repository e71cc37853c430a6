import { isStaffOrAdmin, type Identity } from '@msa/auth';
import { byKeys, type LoaderRegistry } from '@msa/subgraph-kit';
import {
  findShipmentByTrackingNumber,
  findShipmentsByIds,
  findShipmentsByOrderIds,
} from '../data/shipment.repo';
import type { ShipmentRecord } from '../domain/shipment';
import { isTrackingNumber, normalizeTrackingNumber } from '../domain/tracking-number';
import type { ShippingDeps } from './shipping-deps';

/** A shipment belongs to the customer of its order; staff see every one. */
export function canSeeShipment(viewer: Identity | null, shipment: ShipmentRecord): boolean {
  return !!viewer && (viewer.userId === shipment.customerId || isStaffOrAdmin(viewer));
}

function visible(viewer: Identity | null, shipment: ShipmentRecord | null): ShipmentRecord | null {
  return shipment && canSeeShipment(viewer, shipment) ? shipment : null;
}

/** The order's shipment, batched per request; null when there is none or the viewer may not see it. */
export async function shipmentOfOrder(
  deps: ShippingDeps,
  loaders: LoaderRegistry,
  viewer: Identity | null,
  orderId: string,
  /** Orders found that this request holds the order's guest access token. */
  grant: { openedWithAccessToken: boolean } = { openedWithAccessToken: false },
): Promise<ShipmentRecord | null> {
  const shipment = await loaders
    .get<
      string,
      ShipmentRecord | null
    >('ShipmentByOrder', async (orderIds) => byKeys(orderIds, await findShipmentsByOrderIds(deps.db, orderIds), (row) => row.orderId))
    .load(orderId);
  return grant.openedWithAccessToken ? shipment : visible(viewer, shipment);
}

export async function shipmentById(
  deps: ShippingDeps,
  loaders: LoaderRegistry,
  viewer: Identity | null,
  id: string,
): Promise<ShipmentRecord | null> {
  const shipment = await loaders
    .get<
      string,
      ShipmentRecord | null
    >('Shipment', async (ids) => byKeys(ids, await findShipmentsByIds(deps.db, ids), (row) => row.id))
    .load(id);
  return visible(viewer, shipment);
}

export class MalformedTrackingNumberError extends Error {
  constructor() {
    super('This is not a tracking number: check it for typos.');
    this.name = 'MalformedTrackingNumberError';
  }
}

/** Anyone holding a tracking number may follow the parcel; the result carries no customer data. */
export async function trackShipment(deps: ShippingDeps, typed: string): Promise<ShipmentRecord | null> {
  const trackingNumber = normalizeTrackingNumber(typed);
  if (!isTrackingNumber(trackingNumber)) throw new MalformedTrackingNumberError();
  return findShipmentByTrackingNumber(deps.db, trackingNumber);
}
