import { randomUUID } from 'node:crypto';
import { createLogger } from '@msa/subgraph-kit';
import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startQuotePruner } from '../src/jobs/quote-pruner';
import { RATE_FIELDS, ShippingHarness, US_DESTINATION, type RateView } from './support/shipping-harness';

describe('shipping rates', () => {
  let h: ShippingHarness;
  const heavy = `v-heavy-${randomUUID()}`;
  const light = `v-light-${randomUUID()}`;

  const variantChanged = (variantId: string, weightGrams: number, occurredAt = new Date()) =>
    h.event(
      'product.variant.changed',
      {
        variantId,
        productId: 'p-1',
        sku: variantId,
        price: 1000,
        currency: 'USD',
        purchasable: true,
        weightGrams,
      },
      occurredAt,
    );

  const weightOf = async (variantId: string) =>
    (await h.db.variantWeight.findUnique({ where: { variantId } }))?.weightGrams;

  const waitForWeight = (variantId: string, grams: number) =>
    vi.waitFor(
      async () => {
        if ((await weightOf(variantId)) !== grams)
          throw new Error(`${variantId} weighs ${await weightOf(variantId)}`);
      },
      { timeout: 10_000, interval: 50 },
    );

  const amounts = (rates: RateView[]) => rates.map((rate) => [rate.service, rate.amount.amount]);

  beforeAll(async () => {
    h = await ShippingHarness.start();
    await variantChanged(heavy, 2500);
    await variantChanged(light, 150);
    await Promise.all([waitForWeight(heavy, 2500), waitForWeight(light, 150)]);
  });
  afterAll(() => h?.close());

  it('prices every service from the billable weight of the cart, reading the cart as the caller', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { [heavy]: 2 });
    const rates = expectData(await h.shippingRates(cartId, US_DESTINATION, customer.token)).shippingRates;

    // 2 × 2.5 kg = 5 kg on the scale beats 2 × 480 g by volume: ten started half-kilos.
    expect(amounts(rates)).toEqual([
      ['ECONOMY', 1035],
      ['STANDARD', 1650],
      ['EXPRESS', 3750],
    ]);
    expect(rates[0]).toMatchObject({
      carrier: 'Parcelnet',
      amount: { currency: 'USD', formatted: '$10.35' },
      estimatedDaysMin: 5,
      estimatedDays: 8,
      zone: 'DOMESTIC',
      billableWeightGrams: 5000,
      destination: { country: 'US', postalCode: '80202', region: 'CO', city: 'Denver' },
    });
    expect(rates[2]).toMatchObject({ carrier: 'SkyCourier', estimatedDaysMin: 1, estimatedDays: 2 });
    expect(new Set(rates.map((rate) => rate.id)).size).toBe(3);
    expect(h.carts.requests.find((request) => request.cartId === cartId)?.authorization).toBe(
      `Bearer ${customer.token}`,
    );
  });

  it('bills light items by volume and unknown variants at the default weight', async () => {
    expect(amounts(await h.rates(null, { [light]: 3 }))).toEqual([
      ['ECONOMY', 615],
      ['STANDARD', 985],
      ['EXPRESS', 2385],
    ]);
    const unknown = await h.rates(null, { [`v-unknown-${randomUUID()}`]: 1 });
    expect(unknown[0]!.billableWeightGrams).toBe(500);
    expect(amounts(unknown)).toEqual([
      ['ECONOMY', 495],
      ['STANDARD', 795],
      ['EXPRESS', 1995],
    ]);
  });

  it('prices by zone: a neighbour is REGIONAL, overseas INTERNATIONAL', async () => {
    const regional = await h.rates(
      null,
      { [light]: 3 },
      { country: 'ca', postalCode: 'm5v 2t6', city: 'Toronto', region: 'ON' },
    );
    expect(regional.map((rate) => rate.zone)).toEqual(['REGIONAL', 'REGIONAL', 'REGIONAL']);
    expect(amounts(regional)).toEqual([
      ['ECONOMY', 1595],
      ['STANDARD', 2245],
      ['EXPRESS', 4285],
    ]);
    expect(regional[0]!.destination).toEqual({
      country: 'CA',
      postalCode: 'M5V 2T6',
      city: 'Toronto',
      region: 'ON',
    });

    const international = await h.rates(
      null,
      { [light]: 3 },
      { country: 'DE', postalCode: '10115', city: 'Berlin', region: null },
    );
    expect(international.map((rate) => [rate.zone, rate.estimatedDays])).toEqual([
      ['INTERNATIONAL', 20],
      ['INTERNATIONAL', 12],
      ['INTERNATIONAL', 5],
    ]);
  });

  it('serves guest carts without a token, and hides other customers’ carts', async () => {
    const owner = await h.customer();
    const stranger = await h.customer();
    const cartId = h.cartFor(owner, { [light]: 1 });
    const asStranger = await h.shippingRates(cartId, US_DESTINATION, stranger.token);
    expect(errorCode(asStranger)).toBe('NOT_FOUND');
    expect(errorCode(await h.shippingRates(cartId))).toBe('NOT_FOUND');
    expect(errorCode(await h.shippingRates(randomUUID()))).toBe('NOT_FOUND');

    const guestCart = h.cartFor(null, { [light]: 1 });
    expect(expectData(await h.shippingRates(guestCart)).shippingRates).toHaveLength(3);
    expect(h.carts.requests.find((request) => request.cartId === guestCart)?.authorization).toBeUndefined();
  });

  it('answers the retryable SUBGRAPH_UNAVAILABLE, naming no address, when the cart cannot be read', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { [heavy]: 1 });
    h.carts.failReadsOf(cartId);
    const result = await h.shippingRates(cartId, US_DESTINATION, customer.token);
    expect(errorCode(result)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toBe(
      'The cart cannot be read right now; nothing was changed, try again shortly.',
    );
  });

  it('has nothing to price for an empty cart', async () => {
    expect(await h.rates(null, {})).toEqual([]);
  });

  it('rejects a bad destination with every problem named', async () => {
    const cartId = h.cartFor(null, { [light]: 1 });
    const response = await h.shippingRates(cartId, { country: 'USA', postalCode: '' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'Country must be a two-letter ISO 3166-1 code such as US or DE. Postal code is required.',
    );
    expect(response.errors?.[0]?.extensions?.field).toEqual(['input', 'destination', 'country']);
  });

  describe('quotes', () => {
    const rateQuery = `query($id: ID!, $cartId: ID) { shippingRate(id: $id, cartId: $cartId) { ${RATE_FIELDS} } }`;
    const lookUp = async (id: string, cartId: string | null = null, token?: string) =>
      expectData(await h.query<{ shippingRate: RateView | null }>(rateQuery, { id, cartId }, token))
        .shippingRate;

    it('keeps each rate for checkout to look up by id, about 30 minutes', async () => {
      const { cartId, rates } = await h.quote(null, { [heavy]: 1 });
      for (const rate of rates) {
        expect(await lookUp(rate.id, cartId)).toEqual(rate);
        // The cart a rate was priced for stays internal: the public rate does not name it.
        expect(rate).not.toHaveProperty('cartId');
      }
      const ttl = Date.parse(rates[0]!.expiresAt) - Date.now();
      expect(ttl).toBeGreaterThan(29 * 60_000);
      expect(ttl).toBeLessThanOrEqual(30 * 60_000);
    });

    it('deletes quotes a day after they expired', async () => {
      const rates = await h.rates(null, { [heavy]: 1 });
      const expiredAt = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000);
      await h.db.shippingQuote.update({ where: { id: rates[0]!.id }, data: { expiresAt: expiredAt(25) } });
      await h.db.shippingQuote.update({ where: { id: rates[1]!.id }, data: { expiresAt: expiredAt(23) } });
      const pruner = startQuotePruner({
        db: h.db,
        intervalMs: 3_600_000,
        logger: createLogger('pruner-test', 'silent'),
        now: () => new Date(),
      });
      try {
        expect(await pruner.prune()).toBe(1);
      } finally {
        await pruner.stop();
      }
      const left = await h.db.shippingQuote.findMany({ where: { id: { in: rates.map((rate) => rate.id) } } });
      expect(left.map((quote) => quote.id).sort()).toEqual([rates[1]!.id, rates[2]!.id].sort());
    });

    it('forgets an expired rate, an unknown one and a malformed id', async () => {
      const {
        cartId,
        rates: [rate],
      } = await h.quote(null, { [heavy]: 1 });
      await h.db.shippingQuote.update({
        where: { id: rate!.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      expect(await lookUp(rate!.id, cartId)).toBeNull();
      expect(await lookUp(randomUUID(), cartId)).toBeNull();
      expect(await lookUp('not-a-uuid', cartId)).toBeNull();
    });

    it('answers a rate only to the customer who asked for it, or to the holder of the guest cart', async () => {
      const owner = await h.customer();
      const other = await h.customer();
      const staff = await h.customer('STAFF');
      const admin = await h.customer('ADMIN');
      const {
        cartId: ownCartId,
        rates: [own],
      } = await h.quote(owner, { [heavy]: 1 });
      expect(await lookUp(own!.id, null, owner.token)).toEqual(own);
      expect(await lookUp(own!.id, ownCartId, owner.token)).toEqual(own);
      for (const token of [other.token, staff.token, admin.token, undefined])
        expect(await lookUp(own!.id, ownCartId, token)).toBeNull();

      const {
        cartId: guestCartId,
        rates: [guest],
      } = await h.quote(null, { [heavy]: 1 });
      expect(await lookUp(guest!.id, guestCartId)).toEqual(guest);
      expect(await lookUp(guest!.id, guestCartId, other.token)).toEqual(guest);
      expect(await lookUp(guest!.id)).toBeNull();
      expect(await lookUp(guest!.id, null, other.token)).toBeNull();
      expect(await lookUp(guest!.id, ownCartId, owner.token)).toBeNull();
    });
  });

  describe('variant weights', () => {
    it('follows the catalog forward in time only', async () => {
      const variant = `v-${randomUUID()}`;
      const now = Date.now();
      await variantChanged(variant, 1000, new Date(now));
      await waitForWeight(variant, 1000);
      await variantChanged(variant, 1200, new Date(now + 1000));
      await waitForWeight(variant, 1200);

      // A late redelivery of an older change is processed but changes nothing.
      const late = await variantChanged(variant, 900, new Date(now - 1000));
      await vi.waitFor(
        async () => {
          const seen = await h.db.inboxMessage.findUnique({
            where: { consumer_id: { consumer: 'shipping', id: late } },
          });
          if (!seen) throw new Error('not processed yet');
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(await weightOf(variant)).toBe(1200);
    });
  });
});
