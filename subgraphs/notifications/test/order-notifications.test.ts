import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createTestKeys, errorCode, TEST_REDIS_URL } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveClients, subscribed } from './support/live-client';
import { NotificationsHarness, type TestUser } from './support/notifications-harness';

interface InboxPage {
  myNotifications: {
    totalCount: number;
    unreadCount: number;
    nodes: {
      id: string;
      kind: string;
      category: string;
      title: string;
      body: string;
      read: boolean;
      order: { id: string } | null;
    }[];
  };
}

interface CapturedPage {
  capturedEmails: {
    totalCount: number;
    nodes: { to: string; subject: string; body: string; html: string; deliveryId: string }[];
  };
}

const INBOX = `query($unreadOnly: Boolean) { myNotifications(first: 10, unreadOnly: $unreadOnly) {
  totalCount unreadCount nodes { id kind category title body read order { id } } } }`;
const EMAILS = `query($to: String) { capturedEmails(first: 10, to: $to) {
  totalCount nodes { to subject body html deliveryId } } }`;

describe('order events become notifications', () => {
  let h: NotificationsHarness;
  let redis: Redis;
  let admin: string;
  let live: ReturnType<typeof liveClients>;

  const inbox = (user: TestUser, unreadOnly = false) => h.data<InboxPage>(INBOX, { unreadOnly }, user.token);
  const emailsTo = (user: TestUser) => h.data<CapturedPage>(EMAILS, { to: user.email }, admin);
  const deliveriesOf = (user: TestUser) =>
    h.data<{ notificationDeliveries: { nodes: { channel: string; status: string; kind: string }[] } }>(
      `query($userId: ID) { notificationDeliveries(filter: { userId: $userId }) { nodes { channel status kind } } }`,
      { userId: user.userId },
      admin,
    );

  beforeAll(async () => {
    h = await NotificationsHarness.start();
    redis = new Redis(TEST_REDIS_URL);
    admin = await h.keys.tokenFor('ADMIN');
    live = liveClients(h.url);
  });
  afterAll(async () => {
    await live?.dispose();
    redis?.disconnect();
    await h?.close();
  });

  it('emails the owner, stores an in-app notification and announces it live, to nobody else', async () => {
    const owner = await h.user('CUSTOMER', { name: 'Ada' });
    const stranger = await h.user();
    const ownerFeed = live.watch(live.connect(`Bearer ${owner.token}`));
    const strangerFeed = live.watch(live.connect(`Bearer ${stranger.token}`));
    await subscribed(redis, h.prefix, owner.userId);
    await subscribed(redis, h.prefix, stranger.userId);

    const { orderId, number } = h.order(owner);
    await h.publish('order.placed', {
      orderId,
      customerId: owner.userId,
      lines: [],
      total: 4_250,
      currency: 'USD',
    });

    await expect.poll(() => ownerFeed.messages.length, { timeout: 10_000 }).toBe(1);
    expect(ownerFeed.messages[0]!.data!.notificationAdded).toMatchObject({
      kind: 'order.placed',
      title: `Order ${number} received`,
      recipient: { id: owner.userId },
    });

    const page = await inbox(owner);
    expect(page.myNotifications).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(page.myNotifications.nodes[0]).toMatchObject({
      id: ownerFeed.messages[0]!.data!.notificationAdded!.id,
      category: 'ORDER_UPDATES',
      body: 'We are processing your order of $42.50.',
      read: false,
      order: { id: orderId },
    });

    await expect
      .poll(async () => (await emailsTo(owner)).capturedEmails.totalCount, { timeout: 10_000 })
      .toBe(1);
    const [email] = (await emailsTo(owner)).capturedEmails.nodes;
    expect(email).toMatchObject({ to: owner.email, subject: `We received your order ${number}` });
    expect(email!.body).toContain('Hi Ada,');
    expect(email!.body).toContain('($42.50)');
    expect(email!.html).toContain('<p>Hi Ada,</p>');
    await expect
      .poll(async () => (await deliveriesOf(owner)).notificationDeliveries.nodes)
      .toEqual([{ channel: 'EMAIL', status: 'SENT', kind: 'order.placed' }]);

    expect(strangerFeed.messages).toEqual([]);
    expect((await inbox(stranger)).myNotifications.totalCount).toBe(0);
    expect((await emailsTo(stranger)).capturedEmails.totalCount).toBe(0);
  });

  it('emails a guest order to the address given at checkout, and nothing else', async () => {
    const number = `MSA-${100_000 + Math.floor(Math.random() * 899_999)}`;
    const orderId = randomUUID();
    const guestEmail = `guest-${orderId.slice(0, 8)}@example.com`;
    h.directory.putOrder({
      id: orderId,
      number,
      customerId: null,
      guestEmail,
      recipientName: 'Grace Hopper',
    });
    const guest = { customerId: `guest:${orderId.replace(/-/g, '')}` };
    await h.publish('order.placed', { orderId, ...guest, lines: [], total: 1_000, currency: 'USD' });
    await h.publish('shipment.created', {
      orderId,
      shipmentId: randomUUID(),
      trackingNumber: 'PN123',
      carrier: 'Parcelnet',
      service: 'STANDARD',
    });

    const emails = () => h.data<CapturedPage>(EMAILS, { to: guestEmail }, admin);
    await expect.poll(async () => (await emails()).capturedEmails.totalCount, { timeout: 10_000 }).toBe(2);
    const subjects = (await emails()).capturedEmails.nodes.map((email) => email.subject);
    expect(subjects).toContain(`We received your order ${number}`);
    expect((await emails()).capturedEmails.nodes.every((email) => email.body.includes('Grace Hopper'))).toBe(
      true,
    );
    const { rows } = await h.pool.query('SELECT 1 FROM notifications WHERE order_id = $1', [orderId]);
    expect(rows).toHaveLength(0);
  });

  it('handles a redelivered event once', async () => {
    const owner = await h.user();
    const { orderId } = h.order(owner);
    const payload = { orderId, customerId: owner.userId, from: 'PENDING', to: 'CONFIRMED', note: null };
    const eventId = await h.publish('order.status_changed', payload);
    await expect
      .poll(async () => (await emailsTo(owner)).capturedEmails.totalCount, { timeout: 10_000 })
      .toBe(1);
    // The same message under a new job id, as when an administrator retries a dead letter.
    await h.publish('order.status_changed', payload, eventId, `${eventId}-retry`);
    await expect.poll(() => h.jobState(`${eventId}-retry`), { timeout: 10_000 }).toBe('completed');
    expect((await inbox(owner)).myNotifications.totalCount).toBe(1);
    expect((await deliveriesOf(owner)).notificationDeliveries.nodes).toHaveLength(1);
  });

  it('tells the customer a return was rejected, with the reason, or withdrawn', async () => {
    const owner = await h.user('CUSTOMER', { name: 'Grace' });
    const { orderId, number } = h.order(owner);
    await h.publish('return.rejected', {
      returnId: '6f1c0a52-3f8e-4d5a-9a57-2b1d3c4e5f60',
      orderId,
      customerId: owner.userId,
      reason: 'The items were worn',
    });
    // Orders puts the order back to DELIVERED at the same time; that is not announced as a delivery.
    await h.publish('order.status_changed', {
      orderId,
      customerId: owner.userId,
      from: 'RETURN_REQUESTED',
      to: 'DELIVERED',
      note: 'Return rejected: The items were worn',
    });
    await h.publish('return.cancelled', {
      returnId: '7a2d1b63-4f9e-4e6b-8b68-3c2e4d5f6a71',
      orderId,
      customerId: owner.userId,
    });
    await expect
      .poll(async () => (await emailsTo(owner)).capturedEmails.totalCount, { timeout: 10_000 })
      .toBe(2);
    const subjects = (await emailsTo(owner)).capturedEmails.nodes.map((email) => email.subject).sort();
    expect(subjects).toEqual([
      `Return for order ${number} withdrawn`,
      `Your return for order ${number} was not accepted`,
    ]);
    const rejected = (await emailsTo(owner)).capturedEmails.nodes.find((email) =>
      email.subject.includes('not accepted'),
    );
    expect(rejected!.body).toContain('The items were worn');
    const kinds = (await inbox(owner)).myNotifications.nodes.map((node) => node.kind).sort();
    expect(kinds).toEqual(['return.cancelled', 'return.rejected']);
  });

  it('never uses a channel the recipient switched off', async () => {
    const owner = await h.user();
    const update = await h.data<{ updateNotificationPreferences: { userErrors: unknown[] } }>(
      `mutation { updateNotificationPreferences(input: { preferences: [
        { category: ORDER_UPDATES, channel: EMAIL, enabled: false } ] }) { userErrors { code } } }`,
      {},
      owner.token,
    );
    expect(update.updateNotificationPreferences.userErrors).toEqual([]);

    const { orderId } = h.order(owner);
    await h.publish('order.status_changed', {
      orderId,
      customerId: owner.userId,
      from: 'PENDING',
      to: 'CONFIRMED',
      note: null,
    });
    await expect
      .poll(async () => (await inbox(owner)).myNotifications.totalCount, { timeout: 10_000 })
      .toBe(1);
    // A shipping event afterwards proves the queue moved on past the confirmation's deliveries.
    await h.publish('shipment.created', {
      orderId,
      shipmentId: 's-1',
      trackingNumber: 'TRK-1',
      carrier: 'UPS',
      service: 'Ground',
    });
    await expect
      .poll(async () => (await emailsTo(owner)).capturedEmails.totalCount, { timeout: 10_000 })
      .toBe(1);
    expect((await emailsTo(owner)).capturedEmails.nodes[0]!.subject).toMatch(/^Tracking for order/);
    expect((await deliveriesOf(owner)).notificationDeliveries.nodes.map((d) => d.kind)).toEqual([
      'shipment.created',
    ]);
  });

  it('marks notifications read, one or all, and counts what is unread', async () => {
    const owner = await h.user();
    const { orderId } = h.order(owner);
    await h.publish('order.placed', {
      orderId,
      customerId: owner.userId,
      lines: [],
      total: 100,
      currency: 'USD',
    });
    await h.publish('payment.captured', { orderId, paymentId: 'p-1', amount: 100, currency: 'USD' });
    await expect
      .poll(async () => (await inbox(owner)).myNotifications.unreadCount, { timeout: 10_000 })
      .toBe(2);
    const [newest] = (await inbox(owner)).myNotifications.nodes;

    const stranger = await h.user();
    const foreign = await h.data<{
      markNotificationRead: { notification: unknown; userErrors: { code: string }[] };
    }>(
      `mutation($id: ID!) { markNotificationRead(id: $id) { notification { id } userErrors { code } } }`,
      { id: newest!.id },
      stranger.token,
    );
    expect(foreign.markNotificationRead).toEqual({
      notification: null,
      userErrors: [{ code: 'NOTIFICATION_NOT_FOUND' }],
    });

    const one = await h.data<{
      markNotificationRead: { notification: { read: boolean }; unreadCount: number };
    }>(
      `mutation($id: ID!) { markNotificationRead(id: $id) { notification { read } unreadCount } }`,
      { id: newest!.id },
      owner.token,
    );
    expect(one.markNotificationRead).toEqual({ notification: { read: true }, unreadCount: 1 });
    expect((await inbox(owner, true)).myNotifications).toMatchObject({ totalCount: 1, unreadCount: 1 });

    const all = await h.data<{ markAllNotificationsRead: { markedCount: number; unreadCount: number } }>(
      `mutation { markAllNotificationsRead { markedCount unreadCount } }`,
      {},
      owner.token,
    );
    expect(all.markAllNotificationsRead).toEqual({ markedCount: 1, unreadCount: 0 });
    expect((await inbox(owner)).myNotifications).toMatchObject({ totalCount: 2, unreadCount: 0 });
  });

  it('pages the inbox and refuses oversized pages', async () => {
    const owner = await h.user();
    for (const to of ['CONFIRMED', 'SHIPPED', 'DELIVERED']) {
      const { orderId } = h.order(owner);
      await h.publish('order.status_changed', {
        orderId,
        customerId: owner.userId,
        from: 'PENDING',
        to,
        note: null,
      });
    }
    await expect
      .poll(async () => (await inbox(owner)).myNotifications.totalCount, { timeout: 10_000 })
      .toBe(3);
    const page = `query($after: String) { myNotifications(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      myNotifications: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await h.data<Page>(page, {}, owner.token);
    const second = await h.data<Page>(page, { after: first.myNotifications.pageInfo.endCursor }, owner.token);
    expect(first.myNotifications.pageInfo.hasNextPage).toBe(true);
    expect(second.myNotifications.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.myNotifications.nodes, ...second.myNotifications.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(3);
    expect(errorCode(await h.gql('{ myNotifications(first: 101) { totalCount } }', {}, owner.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await h.gql('{ myNotifications { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('refuses live notifications without a valid token', async () => {
    const anonymous = live.watch(live.connect());
    await anonymous.done;
    expect(anonymous.messages.map((message) => message.errors?.[0]?.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
    ]);

    const forged = live.watch(live.connect('Bearer not-a-token'));
    await forged.done;
    expect((forged.closed() as { code?: number } | null)?.code).toBe(4403);

    const otherKeys = live.watch(live.connect(`Bearer ${await (await createTestKeys()).tokenFor()}`));
    await otherKeys.done;
    expect((otherKeys.closed() as { code?: number } | null)?.code).toBe(4403);
  });

  it('resolves Notification entities for their recipient and staff only', async () => {
    const owner = await h.user();
    const { orderId } = h.order(owner);
    await h.publish('order.placed', {
      orderId,
      customerId: owner.userId,
      lines: [],
      total: 100,
      currency: 'USD',
    });
    await expect
      .poll(async () => (await inbox(owner)).myNotifications.totalCount, { timeout: 10_000 })
      .toBe(1);
    const [notification] = (await inbox(owner)).myNotifications.nodes;
    const entities = (token: string) =>
      h.data<{ _entities: ({ id: string; kind: string } | null)[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Notification { id kind } } }`,
        {
          r: [
            { __typename: 'Notification', id: notification!.id },
            { __typename: 'Notification', id: 'not-a-uuid' },
          ],
        },
        token,
      );
    expect((await entities(owner.token))._entities).toEqual([
      { id: notification!.id, kind: 'order.placed' },
      null,
    ]);
    expect((await entities(admin))._entities[0]).toEqual({ id: notification!.id, kind: 'order.placed' });
    expect((await entities((await h.user()).token))._entities).toEqual([null, null]);
  });
});
