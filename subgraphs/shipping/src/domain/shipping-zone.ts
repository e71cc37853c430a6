/** Where a destination lies relative to the country parcels ship from; prices and transit times follow it. */
export const SHIPPING_ZONES = ['DOMESTIC', 'REGIONAL', 'INTERNATIONAL'] as const;
export type ShippingZone = (typeof SHIPPING_ZONES)[number];

/**
 * Countries served by the same road and rail networks: a parcel crossing a border inside one group travels
 * by ground like a domestic one, only further. Anything between groups flies.
 */
const REGION_GROUPS: readonly (readonly string[])[] = [
  'US CA MX',
  'AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK',
  'AU NZ',
  'AR BR CL PY UY',
  'BN ID KH LA MY PH SG TH VN',
].map((countries) => countries.split(' '));

const GROUP_OF = new Map<string, number>(
  REGION_GROUPS.flatMap((countries, group) => countries.map((country) => [country, group] as const)),
);

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Upper-case ISO 3166-1 alpha-2 shape (e.g. US, DE); whether the code is assigned is the carrier's concern. */
export function isCountryCode(value: string): boolean {
  return COUNTRY_CODE.test(value);
}

export function zoneFor(originCountry: string, destinationCountry: string): ShippingZone {
  if (originCountry === destinationCountry) return 'DOMESTIC';
  const origin = GROUP_OF.get(originCountry);
  return origin !== undefined && origin === GROUP_OF.get(destinationCountry) ? 'REGIONAL' : 'INTERNATIONAL';
}
