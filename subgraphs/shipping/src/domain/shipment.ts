import type { ShippingService } from './rate-table';
import type { ShipmentStatus } from './shipment-status';

/** One entry of a shipment's tracking timeline. */
export interface TrackingEvent {
  status: ShipmentStatus;
  location: string | null;
  at: Date;
}

export interface ShipmentRecord {
  id: string;
  orderId: string;
  customerId: string;
  rateId: string;
  carrier: string;
  service: ShippingService;
  trackingNumber: string;
  status: ShipmentStatus;
  /** Equals the number of timeline events; bumped by every status change. */
  version: number;
  amount: number;
  currency: string;
  billableWeightGrams: number;
  originCountry: string;
  destinationCountry: string;
  destinationCity: string;
  estimatedDelivery: Date;
  deliveredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first. */
  events: TrackingEvent[];
}
