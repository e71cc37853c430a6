import type { ShipmentStatus } from './shipment-status';

/** What the simulated carrier knows about a parcel's way: where it starts and the town it ends in. */
export interface CarrierRoute {
  originCountry: string;
  destinationCountry: string;
  destinationCity: string;
}

/** Where the carrier scans a parcel when it enters a status; null when there is no scan (cancelled). */
export function scanLocation(status: ShipmentStatus, route: CarrierRoute): string | null {
  const destination = `${route.destinationCity}, ${route.destinationCountry}`;
  switch (status) {
    case 'LABEL_CREATED':
      return `Fulfilment centre, ${route.originCountry}`;
    case 'IN_TRANSIT':
      return route.originCountry === route.destinationCountry
        ? `Sorting hub, ${route.originCountry}`
        : `Export hub, ${route.originCountry}`;
    case 'OUT_FOR_DELIVERY':
      return `Delivery depot, ${destination}`;
    case 'DELIVERED':
      return destination;
    case 'EXCEPTION':
    case 'CANCELLED':
      return null;
  }
}
