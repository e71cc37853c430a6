import { describe, expect, it } from 'vitest';
import { scanLocation } from './carrier-route';

describe('scanLocation', () => {
  const domestic = { originCountry: 'US', destinationCountry: 'US', destinationCity: 'Denver' };
  const abroad = { originCountry: 'US', destinationCountry: 'DE', destinationCity: 'Berlin' };

  it.each([
    ['LABEL_CREATED', domestic, 'Fulfilment centre, US'],
    ['IN_TRANSIT', domestic, 'Sorting hub, US'],
    ['IN_TRANSIT', abroad, 'Export hub, US'],
    ['OUT_FOR_DELIVERY', abroad, 'Delivery depot, Berlin, DE'],
    ['DELIVERED', domestic, 'Denver, US'],
    ['EXCEPTION', domestic, null],
    ['CANCELLED', abroad, null],
  ] as const)('%s on %o is scanned at %s', (status, route, location) => {
    expect(scanLocation(status, route)).toBe(location);
  });
});
