/** Where a shipment is; the values shipment.status_changed carries. */
export const SHIPMENT_STATUSES = [
  'LABEL_CREATED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
  'CANCELLED',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/**
 * Allowed moves. A parcel can bounce back to IN_TRANSIT after a failed delivery attempt, and leave EXCEPTION
 * (damaged, address problem, customs hold) once resolved. Any parcel not yet delivered can be cancelled: on
 * the road that is a carrier intercept returning it to the warehouse, so an order cancelled after shipping
 * still completes its compensation. DELIVERED and CANCELLED are final.
 */
const TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  LABEL_CREATED: ['IN_TRANSIT', 'EXCEPTION', 'CANCELLED'],
  IN_TRANSIT: ['OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'CANCELLED'],
  OUT_FOR_DELIVERY: ['DELIVERED', 'IN_TRANSIT', 'EXCEPTION', 'CANCELLED'],
  EXCEPTION: ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED'],
  DELIVERED: [],
  CANCELLED: [],
};

export function canTransition(from: ShipmentStatus, to: ShipmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(status: ShipmentStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export function isCancellable(status: ShipmentStatus): boolean {
  return canTransition(status, 'CANCELLED');
}

/** The happy path a carrier scans a parcel through; null where the carrier waits for someone else. */
const CARRIER_NEXT: Partial<Record<ShipmentStatus, ShipmentStatus>> = {
  LABEL_CREATED: 'IN_TRANSIT',
  IN_TRANSIT: 'OUT_FOR_DELIVERY',
  OUT_FOR_DELIVERY: 'DELIVERED',
};

export function nextCarrierStatus(status: ShipmentStatus): ShipmentStatus | null {
  return CARRIER_NEXT[status] ?? null;
}

export type StatusChangeProblem = { code: 'INVALID_STATUS_TRANSITION'; message: string };

/**
 * What an administrator may set. Cancelling goes through the order (which also refunds and restocks), so it
 * is refused here even where the state machine would allow it.
 */
export function adminStatusChangeProblem(
  from: ShipmentStatus,
  to: ShipmentStatus,
): StatusChangeProblem | null {
  if (to === 'CANCELLED') {
    return { code: 'INVALID_STATUS_TRANSITION', message: 'Cancel the order to cancel its shipment.' };
  }
  if (!canTransition(from, to)) {
    return {
      code: 'INVALID_STATUS_TRANSITION',
      message: isFinal(from)
        ? `The shipment is ${from}; its status can no longer change.`
        : `A shipment cannot go from ${from} to ${to}.`,
    };
  }
  return null;
}
