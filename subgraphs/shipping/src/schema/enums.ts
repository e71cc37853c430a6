import { registerEnumType } from 'type-graphql';
import type { ShippingService } from '../domain/rate-table';
import type { ShipmentStatus } from '../domain/shipment-status';
import type { ShippingZone } from '../domain/shipping-zone';

export const ShippingServiceEnum = {
  ECONOMY: 'ECONOMY',
  STANDARD: 'STANDARD',
  EXPRESS: 'EXPRESS',
} as const satisfies { [S in ShippingService]: S };

export const ShippingZoneEnum = {
  DOMESTIC: 'DOMESTIC',
  REGIONAL: 'REGIONAL',
  INTERNATIONAL: 'INTERNATIONAL',
} as const satisfies { [Z in ShippingZone]: Z };

export const ShipmentStatusEnum = {
  LABEL_CREATED: 'LABEL_CREATED',
  IN_TRANSIT: 'IN_TRANSIT',
  OUT_FOR_DELIVERY: 'OUT_FOR_DELIVERY',
  DELIVERED: 'DELIVERED',
  EXCEPTION: 'EXCEPTION',
  CANCELLED: 'CANCELLED',
} as const satisfies { [S in ShipmentStatus]: S };

registerEnumType(ShippingServiceEnum, {
  name: 'ShippingService',
  description: 'A carrier service level; faster ones cost more.',
  valuesConfig: {
    ECONOMY: { description: 'Cheapest: ground, 5–8 business days at home, longer abroad.' },
    STANDARD: { description: 'Tracked ground: 3–5 business days at home, longer abroad.' },
    EXPRESS: { description: 'Air courier: 1–2 business days at home, 3–5 abroad.' },
  },
});

registerEnumType(ShippingZoneEnum, {
  name: 'ShippingZone',
  description: 'Where a destination lies relative to the country parcels ship from.',
  valuesConfig: {
    DOMESTIC: { description: 'The same country.' },
    REGIONAL: { description: 'A neighbouring country reached by ground (e.g. US → CA, DE → FR).' },
    INTERNATIONAL: { description: 'Anywhere else.' },
  },
});

registerEnumType(ShipmentStatusEnum, {
  name: 'ShipmentStatus',
  description:
    'Where a shipment is: LABEL_CREATED → IN_TRANSIT → OUT_FOR_DELIVERY → DELIVERED; EXCEPTION; CANCELLED.',
  valuesConfig: {
    LABEL_CREATED: { description: 'The label is printed; the parcel waits at the warehouse.' },
    IN_TRANSIT: { description: 'The carrier has the parcel.' },
    OUT_FOR_DELIVERY: { description: 'On the van to the recipient today.' },
    DELIVERED: { description: 'Handed over. Final.' },
    EXCEPTION: { description: 'Held up (damage, address problem, customs); the carrier is on it.' },
    CANCELLED: { description: 'Cancelled before it left the warehouse. Final.' },
  },
});
