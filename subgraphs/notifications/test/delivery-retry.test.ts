import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsHarness, type TestUser } from './support/notifications-harness';

interface Delivery {
  id: string;
  channel: string;
  status: string;
  kind: string;
  attemptCount: number;
  lastError: string | null;
  sentAt: string | null;
  recipient: { id: string } | null;
  attempts: { number: number; outcome: string; error: string | null; providerMessageId: string | null }[];
}

const DELIVERIES = `query($filter: NotificationDeliveryFilter) { notificationDeliveries(filter: $filter, first: 50) {
  totalCount nodes { id channel status kind attemptCount lastError sentAt recipient { id }
  attempts { number outcome error providerMessageId } } } }`;

describe('deliveries: retries, failure reasons and the log', () => {
  let h: NotificationsHarness;
  let admin: string;

  const deliveries = async (filter: Record<string, unknown>) =>
    (
      await h.data<{ notificationDeliveries: { totalCount: number; nodes: Delivery[] } }>(
        DELIVERIES,
        { filter },
        admin,
      )
    ).notificationDeliveries;
  const settled = (user: TestUser, count: number) =>
    expect
      .poll(
        async () => {
          const { nodes } = await deliveries({ userId: user.userId });
          return nodes.filter((d) => ['SENT', 'FAILED', 'SKIPPED'].includes(d.status)).length;
        },
        { timeout: 10_000 },
      )
      .toBe(count);
  const registerDevice = async (user: TestUser, token: string) => {
    const result = await h.data<{
      registerPushToken: { device: { id: string } | null; userErrors: { code: string }[] };
    }>(
      `mutation($token: String!) { registerPushToken(token: $token, platform: IOS) { device { id } userErrors { code } } }`,
      { token },
      user.token,
    );
    expect(result.registerPushToken.userErrors).toEqual([]);
  };
  const outForDelivery = (user: TestUser) => {
    const { orderId } = h.order(user);
    return h.publish('shipment.status_changed', {
      orderId,
      shipmentId: 's-1',
      status: 'OUT_FOR_DELIVERY',
      at: new Date().toISOString(),
    });
  };

  beforeAll(async () => {
    h = await NotificationsHarness.start({ deliveryRetry: { attempts: 3, backoffMs: 100 } });
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('retries a provider failure and logs every attempt with its reason', async () => {
    const user = await h.user('CUSTOMER', { phone: '+44 20 7946 0001' });
    await registerDevice(user, `sim-flaky-${user.userId}`);
    await outForDelivery(user);
    await settled(user, 2);

    const byChannel = Object.fromEntries(
      (await deliveries({ userId: user.userId })).nodes.map((d) => [d.channel, d]),
    );
    for (const [channel, reason] of [
      ['PUSH', 'push service unavailable (simulated)'],
      ['SMS', 'carrier timeout (simulated)'],
    ] as const) {
      const delivery = byChannel[channel]!;
      expect(delivery).toMatchObject({
        status: 'SENT',
        attemptCount: 2,
        lastError: null,
        recipient: { id: user.userId },
      });
      expect(delivery.sentAt).not.toBeNull();
      expect(delivery.attempts.map((a) => [a.number, a.outcome, a.error])).toEqual([
        [1, 'FAILED', reason],
        [2, 'SENT', null],
      ]);
      expect(delivery.attempts[1]!.providerMessageId).toMatch(/^sim-/);
    }
    const pushes = await h.data<{
      capturedMessages: { nodes: { to: string; subject: string; body: string }[] };
    }>(
      `query($to: String) { capturedMessages(channel: PUSH, to: $to) { nodes { to subject body } } }`,
      { to: `sim-flaky-${user.userId}` },
      admin,
    );
    expect(pushes.capturedMessages.nodes).toHaveLength(1);
    expect(pushes.capturedMessages.nodes[0]!.subject).toBe('Out for delivery');
  });

  it('gives up on a permanent refusal at once and stops using a dead device', async () => {
    const user = await h.user('CUSTOMER', { phone: '+1 555 010 0000' });
    await registerDevice(user, `sim-unregistered-${user.userId}`);
    await outForDelivery(user);
    await settled(user, 2);
    for (const delivery of (await deliveries({ userId: user.userId, status: 'FAILED' })).nodes)
      expect(delivery.attempts.map((a) => a.outcome)).toEqual(['FAILED']);
    expect(
      (await deliveries({ userId: user.userId, status: 'FAILED' })).nodes.map((d) => d.lastError).sort(),
    ).toEqual(['device token is no longer registered', 'number cannot receive text messages']);
    const devices = await h.data<{ myPushDevices: unknown[] }>('{ myPushDevices { id } }', {}, user.token);
    expect(devices.myPushDevices).toEqual([]);
  });

  it('exhausts its attempts on a provider that keeps failing, then an admin can send it again', async () => {
    let failing = true;
    const flaky = await NotificationsHarness.start({
      deliveryRetry: { attempts: 2, backoffMs: 50 },
      providers: {
        sms: {
          kind: 'test',
          async send() {
            if (failing) throw new Error('gateway down');
            return { messageId: 'sms-ok' };
          },
        },
      },
    });
    try {
      const flakyAdmin = await flaky.keys.tokenFor('ADMIN');
      const user = await flaky.user('CUSTOMER', { phone: '+44 20 7946 0958' });
      const { orderId } = flaky.order(user);
      await flaky.publish('order.status_changed', {
        orderId,
        customerId: user.userId,
        from: 'CONFIRMED',
        to: 'SHIPPED',
        note: null,
      });
      const smsOf = async () =>
        (
          await flaky.data<{ notificationDeliveries: { nodes: Delivery[] } }>(
            DELIVERIES,
            { filter: { userId: user.userId, channel: 'SMS' } },
            flakyAdmin,
          )
        ).notificationDeliveries.nodes[0];
      await expect.poll(async () => (await smsOf())?.status, { timeout: 10_000 }).toBe('FAILED');
      expect((await smsOf())!.attempts.map((a) => [a.outcome, a.error])).toEqual([
        ['FAILED', 'gateway down'],
        ['FAILED', 'gateway down'],
      ]);

      failing = false;
      const retried = await flaky.data<{
        retryNotificationDelivery: { delivery: { status: string }; userErrors: unknown[] };
      }>(
        `mutation($id: ID!) { retryNotificationDelivery(id: $id) { delivery { status } userErrors { code } } }`,
        { id: (await smsOf())!.id },
        flakyAdmin,
      );
      expect(retried.retryNotificationDelivery).toEqual({ delivery: { status: 'PENDING' }, userErrors: [] });
      await expect.poll(async () => (await smsOf())?.status, { timeout: 10_000 }).toBe('SENT');
      expect((await smsOf())!.attempts.map((a) => [a.number, a.outcome])).toEqual([
        [1, 'FAILED'],
        [2, 'FAILED'],
        [3, 'SENT'],
      ]);
      const again = await flaky.data<{ retryNotificationDelivery: { userErrors: { code: string }[] } }>(
        `mutation($id: ID!) { retryNotificationDelivery(id: $id) { userErrors { code } } }`,
        { id: (await smsOf())!.id },
        flakyAdmin,
      );
      expect(again.retryNotificationDelivery.userErrors).toEqual([{ code: 'DELIVERY_NOT_RETRYABLE' }]);
    } finally {
      await flaky.close();
    }
  });

  it('sends a password reset link but logs it redacted, and will not send it again from the log', async () => {
    const sent: string[] = [];
    const failing = await NotificationsHarness.start({
      deliveryRetry: { attempts: 1, backoffMs: 50 },
      providers: {
        email: {
          kind: 'smtp',
          async send(message) {
            sent.push(message.text);
            throw new Error('mail server down');
          },
          async close() {},
        },
      },
    });
    try {
      const failingAdmin = await failing.keys.tokenFor('ADMIN');
      const user = await failing.user('CUSTOMER');
      const resetUrl = 'https://shop.test/reset-password?token=s3cret-Token_value';
      await failing.publish('user.password_reset_requested', {
        userId: user.userId,
        resetUrl,
        expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      });
      const emailOf = async () =>
        (
          await failing.data<{ notificationDeliveries: { nodes: Delivery[] } }>(
            DELIVERIES,
            { filter: { userId: user.userId, channel: 'EMAIL' } },
            failingAdmin,
          )
        ).notificationDeliveries.nodes[0];
      await expect.poll(async () => (await emailOf())?.status, { timeout: 10_000 }).toBe('FAILED');
      // The provider was handed the real link; the log keeps the page without the token.
      expect(sent.join('\n')).toContain(resetUrl);
      const pool = new pg.Pool({ connectionString: failing.db.url, max: 1 });
      try {
        const { rows } = await pool.query<{ variables: Record<string, string> }>(
          'SELECT variables FROM notification_deliveries WHERE user_id = $1',
          [user.userId],
        );
        expect(rows.map((row) => row.variables.resetUrl)).toEqual([
          'https://shop.test/reset-password?token=…',
        ]);
        expect(JSON.stringify(rows)).not.toContain('s3cret');
      } finally {
        await pool.end();
      }
      const retried = await failing.data<{
        retryNotificationDelivery: { delivery: unknown; userErrors: { code: string; message: string }[] };
      }>(
        `mutation($id: ID!) { retryNotificationDelivery(id: $id) { delivery { status } userErrors { code message } } }`,
        { id: (await emailOf())!.id },
        failingAdmin,
      );
      expect(retried.retryNotificationDelivery).toEqual({
        delivery: null,
        userErrors: [{ code: 'DELIVERY_NOT_RETRYABLE', message: expect.stringContaining('single-use link') }],
      });
    } finally {
      await failing.close();
    }
  });

  it('skips, with the reason, what cannot be sent', async () => {
    const user = await h.user('CUSTOMER', { phone: null });
    await outForDelivery(user);
    await settled(user, 1);
    expect(
      (await deliveries({ userId: user.userId })).nodes.map((d) => [d.channel, d.status, d.lastError]),
    ).toEqual([['SMS', 'SKIPPED', 'recipient has no phone number on their default address']]);
  });

  it('filters the log and keeps it to staff', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const sent = await deliveries({ status: 'SENT', channel: 'SMS', from: since });
    expect(sent.nodes.length).toBeGreaterThan(0);
    expect(sent.nodes.every((d) => d.status === 'SENT' && d.channel === 'SMS')).toBe(true);
    expect((await deliveries({ to: since })).totalCount).toBe(0);

    const customer = await h.user();
    expect((await h.gql(DELIVERIES, {}, customer.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await h.gql(DELIVERIES, { filter: { channel: 'IN_APP' } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const staff = await h.keys.tokenFor('STAFF');
    expect((await h.gql(DELIVERIES, {}, staff)).errors).toBeUndefined();
    const retry = await h.gql(
      `mutation { retryNotificationDelivery(id: "x") { userErrors { code } } }`,
      {},
      staff,
    );
    expect(retry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
