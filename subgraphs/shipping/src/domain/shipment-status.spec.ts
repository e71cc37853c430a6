import { describe, expect, it } from 'vitest';
import {
  adminStatusChangeProblem,
  canTransition,
  isCancellable,
  isFinal,
  nextCarrierStatus,
  SHIPMENT_STATUSES,
  type ShipmentStatus,
} from './shipment-status';

describe('shipment status transitions', () => {
  const allowed: [ShipmentStatus, ShipmentStatus][] = [
    ['LABEL_CREATED', 'IN_TRANSIT'],
    ['LABEL_CREATED', 'EXCEPTION'],
    ['LABEL_CREATED', 'CANCELLED'],
    ['IN_TRANSIT', 'OUT_FOR_DELIVERY'],
    ['IN_TRANSIT', 'DELIVERED'],
    ['IN_TRANSIT', 'EXCEPTION'],
    ['IN_TRANSIT', 'CANCELLED'],
    ['OUT_FOR_DELIVERY', 'DELIVERED'],
    ['OUT_FOR_DELIVERY', 'IN_TRANSIT'],
    ['OUT_FOR_DELIVERY', 'EXCEPTION'],
    ['OUT_FOR_DELIVERY', 'CANCELLED'],
    ['EXCEPTION', 'IN_TRANSIT'],
    ['EXCEPTION', 'OUT_FOR_DELIVERY'],
    ['EXCEPTION', 'DELIVERED'],
    ['EXCEPTION', 'CANCELLED'],
  ];
  const key = ([from, to]: [ShipmentStatus, ShipmentStatus]) => `${from}->${to}`;
  const allowedKeys = new Set(allowed.map(key));

  it.each(
    SHIPMENT_STATUSES.flatMap((from) =>
      SHIPMENT_STATUSES.map((to) => [from, to] as [ShipmentStatus, ShipmentStatus]),
    ),
  )('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowedKeys.has(key([from, to])));
  });

  it('ends at DELIVERED and CANCELLED', () => {
    expect(SHIPMENT_STATUSES.filter(isFinal)).toEqual(['DELIVERED', 'CANCELLED']);
  });

  it('cancels anything not yet delivered (on the road, as a carrier intercept)', () => {
    expect(SHIPMENT_STATUSES.filter(isCancellable)).toEqual([
      'LABEL_CREATED',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'EXCEPTION',
    ]);
  });
});

describe('nextCarrierStatus', () => {
  it('walks the happy path and stops where a person must act', () => {
    expect(nextCarrierStatus('LABEL_CREATED')).toBe('IN_TRANSIT');
    expect(nextCarrierStatus('IN_TRANSIT')).toBe('OUT_FOR_DELIVERY');
    expect(nextCarrierStatus('OUT_FOR_DELIVERY')).toBe('DELIVERED');
    for (const status of ['DELIVERED', 'EXCEPTION', 'CANCELLED'] as const) {
      expect(nextCarrierStatus(status)).toBeNull();
    }
  });

  it('only takes allowed steps', () => {
    for (const status of SHIPMENT_STATUSES) {
      const next = nextCarrierStatus(status);
      if (next) expect(canTransition(status, next)).toBe(true);
    }
  });
});

describe('adminStatusChangeProblem', () => {
  it('accepts an allowed move', () => {
    expect(adminStatusChangeProblem('IN_TRANSIT', 'DELIVERED')).toBeNull();
    expect(adminStatusChangeProblem('LABEL_CREATED', 'EXCEPTION')).toBeNull();
  });

  it.each([
    ['LABEL_CREATED', 'DELIVERED', 'A shipment cannot go from LABEL_CREATED to DELIVERED.'],
    ['IN_TRANSIT', 'LABEL_CREATED', 'A shipment cannot go from IN_TRANSIT to LABEL_CREATED.'],
    ['IN_TRANSIT', 'IN_TRANSIT', 'A shipment cannot go from IN_TRANSIT to IN_TRANSIT.'],
    ['DELIVERED', 'IN_TRANSIT', 'The shipment is DELIVERED; its status can no longer change.'],
    ['LABEL_CREATED', 'CANCELLED', 'Cancel the order to cancel its shipment.'],
  ] as const)('refuses %s → %s', (from, to, message) => {
    expect(adminStatusChangeProblem(from, to)).toEqual({ code: 'INVALID_STATUS_TRANSITION', message });
  });
});
