import { randomUUID } from 'node:crypto';
import { listDeadLetters } from '@msa/events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isTrackingNumber } from '../src/domain/tracking-number';
import { ShippingHarness, type RateView } from './support/shipping-harness';

describe('shipments from commands', () => {
  let h: ShippingHarness;
  let admin: string;

  const standardRate = async (): Promise<RateView> => (await h.rates(null, { 'v-1': 2 }))[1]!;

  const shipmentRow = (orderId: string) =>
    h.db.shipment.findUnique({ where: { orderId }, include: { events: { orderBy: { sequence: 'asc' } } } });

  beforeAll(async () => {
    h = await ShippingHarness.start();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('gives a shipment created after its guest order was claimed to the customer', async () => {
    const guest = `guest:${randomUUID()}`;
    const user = randomUUID();
    const payload = h.createShipmentPayload((await standardRate()).id, { customerId: guest });
    await h.event('order.claimed', { orderId: payload.orderId, customerId: user, previousCustomerId: guest });
    await vi.waitFor(
      async () => {
        if (!(await h.db.claimedOrder.findUnique({ where: { orderId: payload.orderId } })))
          throw new Error('claim not handled yet');
      },
      { timeout: 10_000, interval: 50 },
    );
    // The orders saga sent the command before the claim: it still names the guest.
    await h.command('shipping.create_shipment', payload);
    await h.waitForPublished(payload.orderId, 2);
    expect((await shipmentRow(payload.orderId))!.customerId).toBe(user);

    // The guest's other order, not claimed, keeps the guest.
    const other = h.createShipmentPayload((await standardRate()).id, { customerId: guest });
    await h.command('shipping.create_shipment', other);
    await h.waitForPublished(other.orderId, 2);
    expect((await shipmentRow(other.orderId))!.customerId).toBe(guest);
  });

  it('creates a shipment with a tracking number and publishes shipment.created and shipment.status_changed', async () => {
    const rate = await standardRate();
    const payload = h.createShipmentPayload(rate.id);
    await h.command('shipping.create_shipment', payload);

    const events = await h.waitForPublished(payload.orderId, 2);
    const shipment = (await shipmentRow(payload.orderId))!;
    expect(events).toEqual([
      {
        name: 'shipment.created',
        payload: {
          orderId: payload.orderId,
          shipmentId: shipment.id,
          trackingNumber: shipment.trackingNumber,
          carrier: 'Parcelnet',
          service: 'STANDARD',
        },
      },
      {
        name: 'shipment.status_changed',
        payload: {
          orderId: payload.orderId,
          shipmentId: shipment.id,
          status: 'LABEL_CREATED',
          at: expect.any(String),
        },
      },
    ]);
    expect(shipment).toMatchObject({
      customerId: payload.customerId,
      rateId: rate.id,
      status: 'LABEL_CREATED',
      version: 1,
      amount: rate.amount.amount,
      currency: 'USD',
      originCountry: 'US',
      destinationCountry: 'US',
      destinationCity: 'Denver',
    });
    expect(shipment.trackingNumber).toMatch(/^PNS\d{17}$/);
    expect(isTrackingNumber(shipment.trackingNumber)).toBe(true);
    expect(shipment.events.map((event) => [event.status, event.location])).toEqual([
      ['LABEL_CREATED', 'Fulfilment centre, US'],
    ]);
    // STANDARD promises delivery within 5 business days, which is never less than 5 calendar days.
    expect(shipment.estimatedDelivery.getTime() - shipment.createdAt.getTime()).toBeGreaterThanOrEqual(
      5 * 86_400_000 - 1000,
    );

    const seen = await h.orderShipment(payload.orderId, admin);
    expect(seen).toMatchObject({
      id: shipment.id,
      status: 'LABEL_CREATED',
      service: 'STANDARD',
      trackingNumber: shipment.trackingNumber,
    });
  });

  it('makes one shipment per order whatever is redelivered or sent again', async () => {
    const rate = await standardRate();
    const payload = h.createShipmentPayload(rate.id);
    const messageId = await h.command('shipping.create_shipment', payload);
    await h.waitForPublished(payload.orderId, 2);

    // The same message under another job id (a retried dead letter), and the order asking again.
    await h.command('shipping.create_shipment', payload, messageId, new Date());
    await h
      .queue('commands.shipping')
      .add(
        'shipping.create_shipment',
        { id: messageId, name: 'shipping.create_shipment', payload, occurredAt: new Date().toISOString() },
        { jobId: `${messageId}-retry` },
      );
    const again = await h.command('shipping.create_shipment', payload);
    await vi.waitFor(
      async () => {
        const processed = await h.db.inboxMessage.count({ where: { id: { in: [messageId, again] } } });
        if (processed < 2) throw new Error('still processing');
      },
      { timeout: 10_000, interval: 50 },
    );
    await vi.waitFor(async () => {
      const counts = await h.queue('commands.shipping').getJobCounts('waiting', 'active', 'delayed');
      if (Object.values(counts).some((count) => count > 0)) throw new Error('queue not drained');
    });

    expect(await h.db.shipment.count({ where: { orderId: payload.orderId } })).toBe(1);
    expect((await h.published(payload.orderId)).map((event) => event.name)).toEqual([
      'shipment.created',
      'shipment.status_changed',
    ]);
  });

  it.each([
    ['an unknown rate', async () => randomUUID(), {}, 'SHIPPING_RATE_NOT_FOUND'],
    [
      'an expired rate',
      async () => {
        const rate = await standardRate();
        await h.db.shippingQuote.update({
          where: { id: rate.id },
          data: { expiresAt: new Date(Date.now() - 1000) },
        });
        return rate.id;
      },
      {},
      'SHIPPING_RATE_EXPIRED',
    ],
    [
      'a rate priced for another country',
      async () => (await standardRate()).id,
      {
        address: {
          name: 'A',
          line1: 'Main St 1',
          line2: null,
          city: 'Toronto',
          region: null,
          postalCode: 'M5V 2T6',
          country: 'CA',
          phone: null,
        },
      },
      'SHIPPING_RATE_DESTINATION_MISMATCH',
    ],
  ] as const)('refuses %s with shipment.creation_failed', async (_name, rateId, overrides, reason) => {
    const payload = h.createShipmentPayload(await rateId(), overrides);
    await h.command('shipping.create_shipment', payload);
    const [failed] = await h.waitForPublished(payload.orderId, 1);
    expect(failed).toEqual({
      name: 'shipment.creation_failed',
      payload: { orderId: payload.orderId, reason },
    });
    expect(await shipmentRow(payload.orderId)).toBeNull();
  });

  it('judges expiry at the time the order asked, not when a delayed command finally runs', async () => {
    const rate = await standardRate();
    const payload = h.createShipmentPayload(rate.id);
    await h.db.shippingQuote.update({
      where: { id: rate.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await h.command('shipping.create_shipment', payload, randomUUID(), new Date(Date.now() - 60_000));
    const [created] = await h.waitForPublished(payload.orderId, 1);
    expect(created!.name).toBe('shipment.created');
  });

  describe('cancel_shipment', () => {
    it('cancels a shipment still at the warehouse', async () => {
      const payload = h.createShipmentPayload((await standardRate()).id);
      await h.command('shipping.create_shipment', payload);
      await h.waitForPublished(payload.orderId, 2);
      await h.command('shipping.cancel_shipment', { orderId: payload.orderId, reason: 'payment voided' });

      const events = await h.waitForPublished(payload.orderId, 4);
      const shipment = (await shipmentRow(payload.orderId))!;
      expect(events.slice(2)).toEqual([
        {
          name: 'shipment.status_changed',
          payload: {
            orderId: payload.orderId,
            shipmentId: shipment.id,
            status: 'CANCELLED',
            at: expect.any(String),
          },
        },
        { name: 'shipment.cancelled', payload: { orderId: payload.orderId, shipmentId: shipment.id } },
      ]);
      expect(shipment.status).toBe('CANCELLED');
      expect(shipment.events.map((event) => event.status)).toEqual(['LABEL_CREATED', 'CANCELLED']);

      // Cancelling again is harmless.
      const again = await h.command('shipping.cancel_shipment', {
        orderId: payload.orderId,
        reason: 'again',
      });
      await vi.waitFor(async () => {
        if (!(await h.db.inboxMessage.count({ where: { id: again } }))) throw new Error('not processed');
      });
      expect(await h.published(payload.orderId)).toHaveLength(4);
    });

    it('does nothing without a shipment, and refuses one asked for afterwards', async () => {
      const orderId = randomUUID();
      const cancel = await h.command('shipping.cancel_shipment', { orderId, reason: 'customer cancelled' });
      await vi.waitFor(async () => {
        if (!(await h.db.inboxMessage.count({ where: { id: cancel } }))) throw new Error('not processed');
      });
      expect(await h.published(orderId)).toEqual([]);

      await h.command(
        'shipping.create_shipment',
        h.createShipmentPayload((await standardRate()).id, { orderId }),
      );
      const [failed] = await h.waitForPublished(orderId, 1);
      expect(failed).toEqual({
        name: 'shipment.creation_failed',
        payload: { orderId, reason: 'ORDER_CANCELLED' },
      });
      expect(await shipmentRow(orderId)).toBeNull();
    });

    it('intercepts a parcel already on its way, so the order compensation completes', async () => {
      const payload = h.createShipmentPayload((await standardRate()).id);
      await h.command('shipping.create_shipment', payload);
      await h.waitForPublished(payload.orderId, 2);
      const shipment = (await shipmentRow(payload.orderId))!;
      await h.db.shipment.update({ where: { id: shipment.id }, data: { status: 'IN_TRANSIT' } });

      await h.command('shipping.cancel_shipment', {
        orderId: payload.orderId,
        reason: 'order cancelled by an admin',
      });
      await h.waitForPublished(payload.orderId, 4);
      expect((await shipmentRow(payload.orderId))!.status).toBe('CANCELLED');
      expect((await h.published(payload.orderId)).map((event) => event.name).slice(2)).toEqual(
        expect.arrayContaining(['shipment.status_changed', 'shipment.cancelled']),
      );
    });

    it('sends the cancellation of a delivered parcel to the dead letters', async () => {
      const payload = h.createShipmentPayload((await standardRate()).id);
      await h.command('shipping.create_shipment', payload);
      await h.waitForPublished(payload.orderId, 2);
      const shipment = (await shipmentRow(payload.orderId))!;
      await h.db.shipment.update({ where: { id: shipment.id }, data: { status: 'DELIVERED' } });

      const cancel = await h.command('shipping.cancel_shipment', {
        orderId: payload.orderId,
        reason: 'too late',
      });
      await vi.waitFor(
        async () => {
          const { entries } = await listDeadLetters(h.connection, { prefix: h.prefix, first: 50 });
          const entry = entries.find((letter) => letter.jobId === cancel);
          if (!entry) throw new Error('no dead letter yet');
          expect(entry.failedReason).toMatch(/is DELIVERED and can no longer be cancelled/);
        },
        { timeout: 10_000, interval: 50 },
      );
      expect((await shipmentRow(payload.orderId))!.status).toBe('DELIVERED');
      expect(await h.published(payload.orderId)).toHaveLength(2);
    });
  });
});
