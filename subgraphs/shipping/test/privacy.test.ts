import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  deleteAccountOnRedelivery,
  exportPartOnRedelivery,
  messageEnvelope,
  testDatabaseForFile,
} from '@msa/testing';
import { database as shippingDatabase, type ShippingDb } from '../src/data/database';
import { shipmentClaimHandlers } from '../src/jobs/order-claim-handler';
import { shippingPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('shipping privacy requests', () => {
  const database = testDatabaseForFile('shipping', MIGRATIONS, (url) => shippingDatabase.connect(url));
  let db: ShippingDb;
  let handlers: ReturnType<typeof shippingPrivacyHandlers>;

  beforeAll(() => {
    db = database.client;
    handlers = shippingPrivacyHandlers(db);
  });

  const shipmentFor = (customerId: string) =>
    db.shipment.create({
      data: {
        id: randomUUID(),
        orderId: randomUUID(),
        customerId,
        rateId: randomUUID(),
        carrier: 'Parcelnet',
        service: 'STANDARD',
        trackingNumber: `PN${randomUUID().slice(0, 8)}`,
        status: 'LABEL_CREATED',
        amount: 500,
        currency: 'USD',
        billableWeightGrams: 500,
        originCountry: 'US',
        destinationCountry: 'US',
        destinationCity: 'Springfield',
        estimatedDelivery: new Date(),
        events: { create: { id: randomUUID(), sequence: 1, status: 'LABEL_CREATED', at: new Date() } },
      },
    });

  it("exports only the customer's shipments, once per request", async () => {
    const userId = randomUUID();
    const mine = await shipmentFor(userId);
    await shipmentFor(randomUUID());
    const part = await exportPartOnRedelivery(db, handlers, userId);
    expect(part).toMatchObject({
      subgraph: 'shipping',
      data: {
        shipments: [
          { id: mine.id, destination: { city: 'Springfield' }, events: [{ status: 'LABEL_CREATED' }] },
        ],
      },
    });
  });

  it('removes the destination city on deletion and keeps the shipment', async () => {
    const userId = randomUUID();
    const mine = await shipmentFor(userId);
    const other = await shipmentFor(randomUUID());
    await deleteAccountOnRedelivery(handlers, userId);

    expect(await db.shipment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      destinationCity: '',
      destinationCountry: 'US',
      amount: 500,
    });
    expect((await db.shipment.findUniqueOrThrow({ where: { id: other.id } })).destinationCity).toBe(
      'Springfield',
    );
  });

  it("makes a claimed guest order's shipment the customer's: erasing the account reaches it", async () => {
    const guest = `guest:${randomUUID()}`;
    const claimed = await shipmentFor(guest);
    const unrelated = await shipmentFor(guest);
    const userId = randomUUID();
    await shipmentClaimHandlers(db)['order.claimed']!(
      messageEnvelope('order.claimed', {
        orderId: claimed.orderId,
        customerId: userId,
        previousCustomerId: guest,
      }),
    );
    expect((await db.shipment.findUniqueOrThrow({ where: { id: claimed.id } })).customerId).toBe(userId);
    expect((await db.shipment.findUniqueOrThrow({ where: { id: unrelated.id } })).customerId).toBe(guest);

    await deleteAccountOnRedelivery(handlers, userId);
    expect((await db.shipment.findUniqueOrThrow({ where: { id: claimed.id } })).destinationCity).toBe('');
  });
});
