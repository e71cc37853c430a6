import { randomUUID } from 'node:crypto';
import type { ShipmentRecord, TrackingEvent } from '../domain/shipment';
import type { ShipmentStatus } from '../domain/shipment-status';
import { isUuid, type ShippingDb, type ShippingTx } from './database';

type Reader = ShippingDb | ShippingTx;

const WITH_EVENTS = {
  events: { orderBy: { sequence: 'asc' }, select: { status: true, location: true, at: true } },
} as const;

export type NewShipment = Omit<
  ShipmentRecord,
  'version' | 'deliveredAt' | 'createdAt' | 'updatedAt' | 'events'
>;

/**
 * Serializes everything shipping does for one order (create and cancel commands racing on different
 * workers) until the transaction ends, including the case where no row exists yet to lock.
 */
export async function lockOrder(tx: ShippingTx, orderId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shipping:order:${orderId}`}, 0))`;
}

export function findShipmentByOrderId(db: Reader, orderId: string): Promise<ShipmentRecord | null> {
  return db.shipment.findUnique({ where: { orderId }, include: WITH_EVENTS });
}

export async function findShipmentsByOrderIds(
  db: Reader,
  orderIds: readonly string[],
): Promise<ShipmentRecord[]> {
  if (!orderIds.length) return [];
  return db.shipment.findMany({ where: { orderId: { in: [...orderIds] } }, include: WITH_EVENTS });
}

export async function findShipmentsByIds(db: Reader, ids: readonly string[]): Promise<ShipmentRecord[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db.shipment.findMany({ where: { id: { in: valid } }, include: WITH_EVENTS });
}

export function findShipmentByTrackingNumber(
  db: Reader,
  trackingNumber: string,
): Promise<ShipmentRecord | null> {
  return db.shipment.findUnique({ where: { trackingNumber }, include: WITH_EVENTS });
}

/** The shipment, locked against concurrent status changes until the transaction ends. */
export async function lockShipment(tx: ShippingTx, id: string): Promise<ShipmentRecord | null> {
  if (!isUuid(id)) return null;
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "shipments" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!locked.length) return null;
  return tx.shipment.findUnique({ where: { id }, include: WITH_EVENTS });
}

export async function insertShipment(
  tx: ShippingTx,
  shipment: NewShipment,
  first: TrackingEvent,
): Promise<ShipmentRecord> {
  return tx.shipment.create({
    data: {
      ...shipment,
      status: first.status,
      version: 1,
      events: { create: { id: randomUUID(), sequence: 1, ...first } },
    },
    include: WITH_EVENTS,
  });
}

/** Appends the status to the timeline and makes it the current one. */
export async function appendStatus(
  tx: ShippingTx,
  shipment: ShipmentRecord,
  event: TrackingEvent,
): Promise<ShipmentRecord> {
  return tx.shipment.update({
    where: { id: shipment.id },
    data: {
      status: event.status,
      version: shipment.version + 1,
      ...(event.status === 'DELIVERED' ? { deliveredAt: event.at } : {}),
      events: { create: { id: randomUUID(), sequence: shipment.version + 1, ...event } },
    },
    include: WITH_EVENTS,
  });
}

export function findCancellation(tx: ShippingTx, orderId: string) {
  return tx.shipmentCancellation.findUnique({ where: { orderId } });
}

export async function recordCancellation(tx: ShippingTx, orderId: string, reason: string): Promise<void> {
  await tx.shipmentCancellation.upsert({ where: { orderId }, create: { orderId, reason }, update: {} });
}

export interface CarrierWork {
  id: string;
  status: ShipmentStatus;
  version: number;
  updatedAt: Date;
}

/** A page (by id) of shipments a carrier is still moving, for re-scheduling their next scan after a restart. */
export function shipmentsInCarrierHands(
  db: ShippingDb,
  statuses: readonly ShipmentStatus[],
  afterId: string | null,
  limit: number,
): Promise<CarrierWork[]> {
  return db.shipment.findMany({
    where: { status: { in: [...statuses] }, ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, status: true, version: true, updatedAt: true },
  });
}
