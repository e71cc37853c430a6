import { describe, expect, it } from 'vitest';
import { loadShippingConfig } from './config';

describe('loadShippingConfig', () => {
  it('has defaults for everything', () => {
    expect(loadShippingConfig({})).toMatchObject({
      port: 4007,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_shipping',
      routerUrl: 'http://localhost:4000/graphql',
      queuePrefix: undefined,
      shipFromCountry: 'US',
      carrierStepDelayMs: 10_000,
      quoteTtlSeconds: 1_800,
      workerConcurrency: 5,
    });
  });

  it('reads its own settings', () => {
    expect(
      loadShippingConfig({
        PORT: '5007',
        SHIPPING_DATABASE_URL: 'postgresql://db.internal/shipping',
        SHIP_FROM_COUNTRY: 'DE',
        CARRIER_STEP_DELAY_MS: '0',
        SHIPPING_QUOTE_TTL_SECONDS: '600',
      }),
    ).toMatchObject({
      port: 5007,
      databaseUrl: 'postgresql://db.internal/shipping',
      shipFromCountry: 'DE',
      carrierStepDelayMs: 0,
      quoteTtlSeconds: 600,
    });
  });

  it('names every bad value', () => {
    expect(() =>
      loadShippingConfig({
        SHIP_FROM_COUNTRY: 'usa',
        CARRIER_STEP_DELAY_MS: '-1',
        SHIPPING_QUOTE_TTL_SECONDS: '5',
      }),
    ).toThrow(
      /SHIP_FROM_COUNTRY: must be an upper-case ISO 3166-1[\s\S]*CARRIER_STEP_DELAY_MS[\s\S]*SHIPPING_QUOTE_TTL_SECONDS/,
    );
  });
});
