import type { ShippingZone } from './shipping-zone';

/** The services on offer, slowest and cheapest first. */
export const SHIPPING_SERVICES = ['ECONOMY', 'STANDARD', 'EXPRESS'] as const;
export type ShippingService = (typeof SHIPPING_SERVICES)[number];

export interface CarrierService {
  service: ShippingService;
  /** Shown to customers. */
  carrier: string;
  /** Two letters that open every tracking number of the carrier. */
  carrierCode: string;
  /** One letter in the tracking number saying which service it travels by. */
  serviceCode: string;
}

export const CARRIER_SERVICES: Readonly<Record<ShippingService, CarrierService>> = Object.freeze({
  ECONOMY: { service: 'ECONOMY', carrier: 'Parcelnet', carrierCode: 'PN', serviceCode: 'E' },
  STANDARD: { service: 'STANDARD', carrier: 'Parcelnet', carrierCode: 'PN', serviceCode: 'S' },
  EXPRESS: { service: 'EXPRESS', carrier: 'SkyCourier', carrierCode: 'SC', serviceCode: 'X' },
});

/** Price of one service to one zone, in cents, and its transit time in business days. */
export interface Tariff {
  /** The first weight step (up to WEIGHT_STEP_GRAMS). */
  firstStep: number;
  /** Every further started step. */
  perStep: number;
  minDays: number;
  maxDays: number;
}

/** Carriers price in started half-kilos. */
export const WEIGHT_STEP_GRAMS = 500;

/** Heavier parcels go by freight, which none of these services carry. */
export const MAX_PARCEL_GRAMS = 70_000;

export const RATE_TABLE: Readonly<Record<ShippingService, Readonly<Record<ShippingZone, Tariff>>>> =
  Object.freeze({
    ECONOMY: {
      DOMESTIC: { firstStep: 495, perStep: 60, minDays: 5, maxDays: 8 },
      REGIONAL: { firstStep: 1295, perStep: 150, minDays: 7, maxDays: 12 },
      INTERNATIONAL: { firstStep: 1995, perStep: 250, minDays: 10, maxDays: 20 },
    },
    STANDARD: {
      DOMESTIC: { firstStep: 795, perStep: 95, minDays: 3, maxDays: 5 },
      REGIONAL: { firstStep: 1795, perStep: 225, minDays: 5, maxDays: 8 },
      INTERNATIONAL: { firstStep: 2995, perStep: 395, minDays: 7, maxDays: 12 },
    },
    EXPRESS: {
      DOMESTIC: { firstStep: 1995, perStep: 195, minDays: 1, maxDays: 2 },
      REGIONAL: { firstStep: 3495, perStep: 395, minDays: 2, maxDays: 3 },
      INTERNATIONAL: { firstStep: 5495, perStep: 695, minDays: 3, maxDays: 5 },
    },
  });

export interface RateOption {
  service: ShippingService;
  carrier: string;
  zone: ShippingZone;
  /** Cents. */
  amount: number;
  minDays: number;
  maxDays: number;
}

export function weightSteps(billableGrams: number): number {
  return Math.max(1, Math.ceil(billableGrams / WEIGHT_STEP_GRAMS));
}

export function priceFor(tariff: Tariff, billableGrams: number): number {
  return tariff.firstStep + (weightSteps(billableGrams) - 1) * tariff.perStep;
}

/** Every service that carries a parcel of this weight to this zone, cheapest first; none above the limit. */
export function rateOptions(zone: ShippingZone, billableGrams: number): RateOption[] {
  if (billableGrams > MAX_PARCEL_GRAMS) return [];
  return SHIPPING_SERVICES.map((service) => {
    const tariff = RATE_TABLE[service][zone];
    return {
      service,
      carrier: CARRIER_SERVICES[service].carrier,
      zone,
      amount: priceFor(tariff, billableGrams),
      minDays: tariff.minDays,
      maxDays: tariff.maxDays,
    };
  });
}
