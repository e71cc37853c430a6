import { randomUUID } from 'node:crypto';
import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SHIPMENT_FIELDS,
  ShippingHarness,
  type Customer,
  type ShipmentView,
} from './support/shipping-harness';

const UPDATE = `mutation($id: ID!, $status: ShipmentStatus!, $location: String) {
  updateShipmentStatus(shipmentId: $id, status: $status, location: $location) {
    shipment { ${SHIPMENT_FIELDS} } userErrors { code field message }
  }
}`;

interface UpdateResult {
  updateShipmentStatus: {
    shipment: ShipmentView | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

describe('shipment reads and admin updates', () => {
  let h: ShippingHarness;
  let admin: string;

  /** A shipment in LABEL_CREATED for a new order of the customer. */
  const shipFor = async (customer: Customer) => {
    const [rate] = await h.rates(null, { 'v-1': 1 });
    const payload = h.createShipmentPayload(rate!.id, { customerId: customer.userId });
    await h.command('shipping.create_shipment', payload);
    await h.waitForPublished(payload.orderId, 2);
    const shipment = (await h.orderShipment(payload.orderId, admin))!;
    return { orderId: payload.orderId, shipment };
  };

  const update = (id: string, status: string, token: string, location?: string) =>
    h.query<UpdateResult>(UPDATE, { id, status, location }, token);

  beforeAll(async () => {
    h = await ShippingHarness.start();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  describe('Order.shipment and Shipment entities', () => {
    it('shows the order’s shipment to its customer and staff only', async () => {
      const customer = await h.customer();
      const { orderId, shipment } = await shipFor(customer);
      const staff = await h.keys.tokenFor('STAFF');
      const stranger = await h.customer();

      expect((await h.orderShipment(orderId, customer.token))?.id).toBe(shipment.id);
      expect((await h.orderShipment(orderId, staff))?.id).toBe(shipment.id);
      expect(await h.orderShipment(orderId, stranger.token)).toBeNull();
      expect(await h.orderShipment(orderId)).toBeNull();
      expect(await h.orderShipment(randomUUID(), admin)).toBeNull();
    });

    it('shows the shipment to a guest when orders says the order’s access token opened it', async () => {
      const guest = await h.customer();
      const { orderId, shipment } = await shipFor(guest);
      expect((await h.orderShipment(orderId, undefined, true))?.id).toBe(shipment.id);
      expect(await h.orderShipment(orderId, undefined, false)).toBeNull();
    });

    it('resolves Shipment references in one batch, for the owner and staff', async () => {
      const customer = await h.customer();
      const first = await shipFor(customer);
      const second = await shipFor(customer);
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Shipment { id status trackingNumber events { status } } } }`;
      const representations = [first.shipment.id, second.shipment.id, randomUUID(), 'not-a-uuid'].map(
        (id) => ({ __typename: 'Shipment', id }),
      );

      const asOwner = expectData(
        await h.query<{ _entities: ({ id: string } | null)[] }>(
          query,
          { r: representations },
          customer.token,
        ),
      );
      expect(asOwner._entities.map((entity) => entity?.id ?? null)).toEqual([
        first.shipment.id,
        second.shipment.id,
        null,
        null,
      ]);
      const asStranger = expectData(
        await h.query<{ _entities: ({ id: string } | null)[] }>(
          query,
          { r: representations },
          (await h.customer()).token,
        ),
      );
      expect(asStranger._entities).toEqual([null, null, null, null]);
    });
  });

  describe('trackShipment', () => {
    const track = (trackingNumber: string) =>
      h.query<{ trackShipment: Record<string, unknown> | null }>(
        `query($n: String!) { trackShipment(trackingNumber: $n) { ${SHIPMENT_FIELDS} } }`,
        { n: trackingNumber },
      );

    it('follows a parcel without signing in, however the number is typed', async () => {
      const { shipment } = await shipFor(await h.customer());
      const typed = `${shipment.trackingNumber.slice(0, 3).toLowerCase()} ${shipment.trackingNumber.slice(3, 10)}-${shipment.trackingNumber.slice(10)}`;
      const tracked = expectData(await track(typed)).trackShipment;
      expect(tracked).toEqual(shipment);
      // Nothing about the customer or the address beyond the town the carrier scans it in.
      expect(Object.keys(tracked!).sort()).toEqual([
        'carrier',
        'createdAt',
        'deliveredAt',
        'estimatedDelivery',
        'events',
        'id',
        'service',
        'status',
        'trackingNumber',
        'updatedAt',
      ]);
    });

    it('is null for a well-formed unknown number and BAD_USER_INPUT for a typo', async () => {
      expect(expectData(await track('PNS00000000000000000')).trackShipment).toBeNull();
      const { shipment } = await shipFor(await h.customer());
      const typo = shipment.trackingNumber.slice(0, -1) + ((Number(shipment.trackingNumber.at(-1)) + 1) % 10);
      const response = await track(typo);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe('This is not a tracking number: check it for typos.');
      expect(errorCode(await track('x'.repeat(65)))).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateShipmentStatus', () => {
    it('lets an administrator record carrier news and publishes each change', async () => {
      const { orderId, shipment } = await shipFor(await h.customer());
      const inTransit = expectData(
        await update(shipment.id, 'IN_TRANSIT', admin, '  Sorting hub, Memphis, US '),
      ).updateShipmentStatus;
      expect(inTransit.userErrors).toEqual([]);
      expect(inTransit.shipment).toMatchObject({ status: 'IN_TRANSIT' });

      const delivered = expectData(await update(shipment.id, 'DELIVERED', admin)).updateShipmentStatus;
      expect(delivered.shipment!.events.map((event) => [event.status, event.location])).toEqual([
        ['LABEL_CREATED', 'Fulfilment centre, US'],
        ['IN_TRANSIT', 'Sorting hub, Memphis, US'],
        ['DELIVERED', 'Denver, US'],
      ]);
      expect(delivered.shipment!.deliveredAt).toBe(delivered.shipment!.events[2]!.at);

      const published = await h.waitForPublished(orderId, 4);
      expect(published.slice(2).map((event) => [event.name, event.payload.status])).toEqual([
        ['shipment.status_changed', 'IN_TRANSIT'],
        ['shipment.status_changed', 'DELIVERED'],
      ]);
    });

    it('refuses a move the state machine does not allow, and cancellation', async () => {
      const { orderId, shipment } = await shipFor(await h.customer());
      const skipped = expectData(await update(shipment.id, 'DELIVERED', admin)).updateShipmentStatus;
      expect(skipped).toEqual({
        shipment: expect.objectContaining({ id: shipment.id, status: 'LABEL_CREATED' }),
        userErrors: [
          {
            code: 'INVALID_STATUS_TRANSITION',
            field: ['status'],
            message: 'A shipment cannot go from LABEL_CREATED to DELIVERED.',
          },
        ],
      });
      const cancel = expectData(await update(shipment.id, 'CANCELLED', admin)).updateShipmentStatus;
      expect(cancel.userErrors[0]).toMatchObject({
        code: 'INVALID_STATUS_TRANSITION',
        message: 'Cancel the order to cancel its shipment.',
      });
      expect(await h.published(orderId)).toHaveLength(2);
    });

    it('is for administrators only', async () => {
      const customer = await h.customer();
      const { shipment } = await shipFor(customer);
      expect(errorCode(await update(shipment.id, 'IN_TRANSIT', customer.token))).toBe('FORBIDDEN');
      expect(errorCode(await update(shipment.id, 'IN_TRANSIT', await h.keys.tokenFor('STAFF')))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await h.query(UPDATE, { id: shipment.id, status: 'IN_TRANSIT' }))).toBe(
        'UNAUTHENTICATED',
      );
      expect((await h.db.shipment.findUnique({ where: { id: shipment.id } }))!.status).toBe('LABEL_CREATED');
    });

    it('reports an unknown shipment and a bad location', async () => {
      expect(errorCode(await update(randomUUID(), 'IN_TRANSIT', admin))).toBe('NOT_FOUND');
      const { shipment } = await shipFor(await h.customer());
      const response = await update(shipment.id, 'IN_TRANSIT', admin, 'x'.repeat(201));
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toEqual(['location']);
    });
  });
});
