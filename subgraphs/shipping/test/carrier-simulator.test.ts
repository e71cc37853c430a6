import { randomUUID } from 'node:crypto';
import { expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CARRIER_QUEUE } from '../src/jobs/carrier-simulator';
import type { ShipmentStatus } from '../src/domain/shipment-status';
import { ShippingHarness } from './support/shipping-harness';

const STEP_MS = 30;

describe('the simulated carrier', () => {
  let h: ShippingHarness;
  let admin: string;
  /** A shipment left in transit by a previous run whose next scan was never scheduled. */
  const stranded = randomUUID();

  /** A shipment written straight to the database: no carrier scan is scheduled for it. */
  const insertShipment = (
    h: ShippingHarness,
    id: string,
    statuses: ShipmentStatus[],
    updatedAt = new Date(),
  ) =>
    h.db.shipment.create({
      data: {
        id,
        orderId: randomUUID(),
        customerId: randomUUID(),
        rateId: randomUUID(),
        carrier: 'Parcelnet',
        service: 'STANDARD',
        trackingNumber: `PNS${randomUUID().replace(/\D/g, '').padEnd(17, '7').slice(0, 17)}`,
        status: statuses.at(-1)!,
        version: statuses.length,
        amount: 795,
        currency: 'USD',
        billableWeightGrams: 500,
        originCountry: 'US',
        destinationCountry: 'US',
        destinationCity: 'Denver',
        estimatedDelivery: new Date(Date.now() + 5 * 86_400_000),
        createdAt: updatedAt,
        updatedAt,
        events: {
          create: statuses.map((status, index) => ({
            id: randomUUID(),
            sequence: index + 1,
            status,
            location: null,
            at: updatedAt,
          })),
        },
      },
    });

  const statusOf = async (id: string) => (await h.db.shipment.findUniqueOrThrow({ where: { id } })).status;

  const waitForStatus = (id: string, status: ShipmentStatus) =>
    vi.waitFor(
      async () => {
        const current = await statusOf(id);
        if (current !== status) throw new Error(`shipment is ${current}, waiting for ${status}`);
      },
      { timeout: 10_000, interval: 25 },
    );

  const update = (id: string, status: ShipmentStatus) =>
    h.query<{ updateShipmentStatus: { userErrors: unknown[] } }>(
      `mutation($id: ID!, $status: ShipmentStatus!) { updateShipmentStatus(shipmentId: $id, status: $status) { userErrors { code } } }`,
      { id, status },
      admin,
    );

  beforeAll(async () => {
    h = await ShippingHarness.start({ carrierStepDelayMs: STEP_MS }, (harness) =>
      insertShipment(harness, stranded, ['LABEL_CREATED', 'IN_TRANSIT'], new Date(Date.now() - 60_000)).then(
        () => undefined,
      ),
    );
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('scans a new shipment through to DELIVERED, publishing every step', async () => {
    const [, , express] = await h.rates(null, { 'v-1': 1 });
    const payload = h.createShipmentPayload(express!.id);
    await h.command('shipping.create_shipment', payload);

    const published = await h.waitForPublished(payload.orderId, 5);
    expect(published.map((event) => [event.name, event.payload.status ?? null])).toEqual([
      ['shipment.created', null],
      ['shipment.status_changed', 'LABEL_CREATED'],
      ['shipment.status_changed', 'IN_TRANSIT'],
      ['shipment.status_changed', 'OUT_FOR_DELIVERY'],
      ['shipment.status_changed', 'DELIVERED'],
    ]);
    const shipment = (await h.orderShipment(payload.orderId, admin))!;
    expect(shipment.status).toBe('DELIVERED');
    expect(shipment.trackingNumber).toMatch(/^SCX\d{17}$/);
    expect(shipment.events.map((event) => [event.status, event.location])).toEqual([
      ['LABEL_CREATED', 'Fulfilment centre, US'],
      ['IN_TRANSIT', 'Sorting hub, US'],
      ['OUT_FOR_DELIVERY', 'Delivery depot, Denver, US'],
      ['DELIVERED', 'Denver, US'],
    ]);
    const times = shipment.events.map((event) => Date.parse(event.at));
    for (let step = 1; step < times.length; step++)
      expect(times[step]! - times[step - 1]!).toBeGreaterThanOrEqual(STEP_MS - 5);
    expect(shipment.deliveredAt).toBe(shipment.events[3]!.at);
  });

  it('picks up shipments left in transit by a previous run', async () => {
    await waitForStatus(stranded, 'DELIVERED');
    const events = await h.db.shipmentEvent.findMany({
      where: { shipmentId: stranded },
      orderBy: { sequence: 'asc' },
    });
    expect(events.map((event) => event.status)).toEqual([
      'LABEL_CREATED',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
  });

  it('waits while a shipment is held up and carries on once an administrator releases it', async () => {
    const id = randomUUID();
    await insertShipment(h, id, ['LABEL_CREATED']);
    expect(expectData(await update(id, 'EXCEPTION')).updateShipmentStatus.userErrors).toEqual([]);

    // A scan scheduled before the exception (version 1) arrives late and must change nothing.
    const stale = await h
      .queue(CARRIER_QUEUE)
      .add('carrier.scan', { shipmentId: id, version: 1 }, { jobId: `${id}-stale` });
    await vi.waitFor(async () => {
      if (!(await stale.isCompleted())) throw new Error('stale scan not processed yet');
    });
    await new Promise((resolve) => setTimeout(resolve, STEP_MS * 4));
    expect(await statusOf(id)).toBe('EXCEPTION');

    expect(expectData(await update(id, 'OUT_FOR_DELIVERY')).updateShipmentStatus.userErrors).toEqual([]);
    await waitForStatus(id, 'DELIVERED');
    const events = await h.db.shipmentEvent.findMany({
      where: { shipmentId: id },
      orderBy: { sequence: 'asc' },
    });
    expect(events.map((event) => event.status)).toEqual([
      'LABEL_CREATED',
      'EXCEPTION',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
  });

  it('does not move a cancelled shipment', async () => {
    const id = randomUUID();
    const { orderId } = await insertShipment(h, id, ['LABEL_CREATED']);
    await h.command('shipping.cancel_shipment', { orderId, reason: 'payment voided' });
    await waitForStatus(id, 'CANCELLED');

    const scan = await h
      .queue(CARRIER_QUEUE)
      .add('carrier.scan', { shipmentId: id, version: 2 }, { jobId: `${id}-v2` });
    await vi.waitFor(async () => {
      if (!(await scan.isCompleted())) throw new Error('scan not processed yet');
    });
    expect(await statusOf(id)).toBe('CANCELLED');
    expect(await h.db.shipmentEvent.count({ where: { shipmentId: id } })).toBe(2);
  });
});
