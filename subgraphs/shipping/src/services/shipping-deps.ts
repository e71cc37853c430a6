import type { Logger } from '@msa/subgraph-kit';
import type { CartReader } from '../clients/cart.client';
import type { ShippingDb } from '../data/database';
import type { ShipmentStatus } from '../domain/shipment-status';

/** Where the next carrier scan of a shipment gets scheduled; a no-op when the simulator is off. */
export interface CarrierScheduler {
  /** Never throws: a lost schedule is picked up again by the resume at the next start. */
  scheduleNext(
    shipment: { id: string; status: ShipmentStatus; version: number },
    delayMs?: number,
  ): Promise<void>;
}

/** Everything the shipping services need, built once in app.ts. */
export interface ShippingDeps {
  db: ShippingDb;
  carts: CartReader;
  carrier: CarrierScheduler;
  logger: Logger;
  /** ISO country parcels ship from; zones are relative to it. */
  originCountry: string;
  quoteTtlSeconds: number;
  /** Currency of every shipping price. */
  currency: string;
  /** Sixteen random digits for a tracking number. */
  randomDigits: () => string;
  now: () => Date;
}
