import { errorCode } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsHarness } from './support/notifications-harness';

const TEMPLATES =
  '{ notificationTemplates { key channel category subject body placeholders isDefault updatedBy } }';
const UPDATE = `mutation($key: String!, $channel: NotificationChannel!, $subject: String, $body: String!) {
  updateNotificationTemplate(key: $key, channel: $channel, subject: $subject, body: $body) {
    template { key channel subject body isDefault updatedBy } userErrors { code field message } } }`;
const PREFERENCES = '{ notificationPreferences { category channel enabled required } }';
const UPDATE_PREFERENCES = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  preferences { category channel enabled } userErrors { code field } } }`;

type Template = {
  key: string;
  channel: string;
  subject: string | null;
  body: string;
  isDefault: boolean;
  updatedBy: string | null;
};

describe('templates, preferences, devices and admin alerts', () => {
  let h: NotificationsHarness;
  let adminId: string;
  let admin: string;

  beforeAll(async () => {
    h = await NotificationsHarness.start({ adminNotificationEmail: 'ops@example.com' });
    const adminUser = await h.user('ADMIN', { name: 'Grace' });
    adminId = adminUser.userId;
    admin = adminUser.token;
  });
  afterAll(() => h?.close());

  it('keeps templates to staff, and their editing to administrators', async () => {
    const customer = await h.user();
    const staff = await h.keys.tokenFor('STAFF');
    expect(errorCode(await h.gql(TEMPLATES, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(TEMPLATES))).toBe('UNAUTHENTICATED');
    const list = await h.data<{
      notificationTemplates: (Template & { category: string; placeholders: string[] })[];
    }>(TEMPLATES, {}, staff);
    expect(
      list.notificationTemplates.find((t) => t.key === 'order.placed' && t.channel === 'EMAIL'),
    ).toMatchObject({
      category: 'ORDER_UPDATES',
      placeholders: ['name', 'orderNumber', 'total'],
      isDefault: true,
    });
    const vars = { key: 'order.placed', channel: 'EMAIL', subject: 'x', body: 'y' };
    expect(errorCode(await h.gql(UPDATE, vars, staff))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(UPDATE, vars, customer.token))).toBe('FORBIDDEN');
  });

  it('validates placeholders and uses an edited template for the next email', async () => {
    type Result = {
      updateNotificationTemplate: {
        template: Template | null;
        userErrors: { code: string; field: string[] }[];
      };
    };
    const bad = await h.data<Result>(
      UPDATE,
      { key: 'order.placed', channel: 'EMAIL', subject: 'Order {{orderNo}}', body: 'Hi {{name' },
      admin,
    );
    expect(bad.updateNotificationTemplate.template).toBeNull();
    expect(bad.updateNotificationTemplate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_PLACEHOLDER', ['subject']],
      ['MALFORMED_PLACEHOLDER', ['body']],
    ]);
    const missing = await h.data<Result>(
      UPDATE,
      { key: 'order.nope', channel: 'EMAIL', subject: 'x', body: 'y' },
      admin,
    );
    expect(missing.updateNotificationTemplate.userErrors.map((e) => e.code)).toEqual(['TEMPLATE_NOT_FOUND']);
    const noSms = await h.data<Result>(UPDATE, { key: 'account.welcome', channel: 'SMS', body: 'y' }, admin);
    expect(noSms.updateNotificationTemplate.userErrors.map((e) => e.code)).toEqual(['TEMPLATE_NOT_FOUND']);

    const good = await h.data<Result>(
      UPDATE,
      {
        key: 'order.placed',
        channel: 'EMAIL',
        subject: 'Thanks for order {{ orderNumber }}',
        body: 'Dear {{name}}, you spent {{total}}.',
      },
      admin,
    );
    expect(good.updateNotificationTemplate).toEqual({
      template: {
        key: 'order.placed',
        channel: 'EMAIL',
        subject: 'Thanks for order {{ orderNumber }}',
        body: 'Dear {{name}}, you spent {{total}}.',
        isDefault: false,
        updatedBy: adminId,
      },
      userErrors: [],
    });

    const customer = await h.user('CUSTOMER', { name: 'Lin' });
    const { orderId, number } = h.order(customer);
    await h.publish('order.placed', {
      orderId,
      customerId: customer.userId,
      lines: [],
      total: 999,
      currency: 'USD',
    });
    const emails = () =>
      h.data<{ capturedEmails: { nodes: { subject: string; body: string }[] } }>(
        `query($to: String) { capturedEmails(to: $to) { nodes { subject body } } }`,
        { to: customer.email.toUpperCase() },
        admin,
      );
    await expect
      .poll(async () => (await emails()).capturedEmails.nodes, { timeout: 10_000 })
      .toEqual([{ subject: `Thanks for order ${number}`, body: 'Dear Lin, you spent $9.99.' }]);

    const reset = await h.data<{ resetNotificationTemplate: { template: Template } }>(
      `mutation { resetNotificationTemplate(key: "order.placed", channel: EMAIL) { template { subject isDefault updatedBy } } }`,
      {},
      admin,
    );
    expect(reset.resetNotificationTemplate.template).toEqual({
      subject: 'We received your order {{orderNumber}}',
      isDefault: true,
      updatedBy: null,
    });
  });

  it('shows preferences with defaults and validates changes', async () => {
    const customer = await h.user();
    type Prefs = {
      notificationPreferences: { category: string; channel: string; enabled: boolean; required: boolean }[];
    };
    const before = await h.data<Prefs>(PREFERENCES, {}, customer.token);
    expect(before.notificationPreferences).toHaveLength(5 * 4);
    expect(
      before.notificationPreferences.find((p) => p.category === 'ACCOUNT' && p.channel === 'EMAIL'),
    ).toEqual({
      category: 'ACCOUNT',
      channel: 'EMAIL',
      enabled: true,
      required: true,
    });

    type Update = {
      updateNotificationPreferences: {
        preferences: { category: string; channel: string; enabled: boolean }[] | null;
        userErrors: { code: string; field: string[] }[];
      };
    };
    const refused = await h.data<Update>(
      UPDATE_PREFERENCES,
      {
        input: {
          preferences: [
            { category: 'MARKETING', channel: 'EMAIL', enabled: true },
            { category: 'ACCOUNT', channel: 'EMAIL', enabled: false },
            { category: 'ADMIN_ALERTS', channel: 'IN_APP', enabled: false },
          ],
        },
      },
      customer.token,
    );
    expect(refused.updateNotificationPreferences.preferences).toBeNull();
    expect(refused.updateNotificationPreferences.userErrors).toEqual([
      { code: 'PREFERENCE_REQUIRED', field: ['input', 'preferences', '1'] },
      { code: 'CATEGORY_NOT_AVAILABLE', field: ['input', 'preferences', '2'] },
    ]);
    // Nothing of a refused batch is saved.
    const unchanged = await h.data<Prefs>(PREFERENCES, {}, customer.token);
    expect(
      unchanged.notificationPreferences.find((p) => p.category === 'MARKETING' && p.channel === 'EMAIL')
        ?.enabled,
    ).toBe(false);

    const saved = await h.data<Update>(
      UPDATE_PREFERENCES,
      { input: { preferences: [{ category: 'MARKETING', channel: 'EMAIL', enabled: true }] } },
      customer.token,
    );
    expect(saved.updateNotificationPreferences.userErrors).toEqual([]);
    expect(
      saved.updateNotificationPreferences.preferences?.find(
        (p) => p.category === 'MARKETING' && p.channel === 'EMAIL',
      )?.enabled,
    ).toBe(true);
    expect(errorCode(await h.gql(PREFERENCES))).toBe('UNAUTHENTICATED');
  });

  it('registers devices; another account takes a token only once it is unregistered, disabled or stale', async () => {
    const first = await h.user();
    const second = await h.user();
    const register = async (token: string, userToken: string) =>
      (
        await h.data<{
          registerPushToken: {
            device: { token: string; platform: string } | null;
            userErrors: { code: string; field: string[] }[];
          };
        }>(
          `mutation($token: String!) { registerPushToken(token: $token, platform: ANDROID) { device { token platform } userErrors { code field } } }`,
          { token },
          userToken,
        )
      ).registerPushToken;
    const devicesOf = async (userToken: string) =>
      (await h.data<{ myPushDevices: { token: string }[] }>('{ myPushDevices { token } }', {}, userToken))
        .myPushDevices;
    const unregister = async (token: string, userToken: string) =>
      (
        await h.data<{ unregisterPushToken: { removed: boolean } }>(
          `mutation($token: String!) { unregisterPushToken(token: $token) { removed } }`,
          { token },
          userToken,
        )
      ).unregisterPushToken.removed;
    const refused = { device: null, userErrors: [{ code: 'PUSH_TOKEN_IN_USE', field: ['token'] }] };

    expect((await register('short', first.token)).userErrors).toEqual([
      { code: 'INVALID_PUSH_TOKEN', field: ['token'] },
    ]);
    expect((await register('has spaces in it', first.token)).userErrors).toEqual([
      { code: 'INVALID_PUSH_TOKEN', field: ['token'] },
    ]);
    const token = `device-${first.userId}`;
    expect((await register(token, first.token)).device).toEqual({ token, platform: 'ANDROID' });
    expect((await register(token, first.token)).device).toEqual({ token, platform: 'ANDROID' });

    // A live registration of another account cannot be taken over, and the other account keeps it.
    expect(await register(token, second.token)).toEqual(refused);
    expect(await unregister(token, second.token)).toBe(false);
    expect(await devicesOf(first.token)).toEqual([{ token }]);
    expect(await devicesOf(second.token)).toEqual([]);

    // Signing out on the device unregisters it; then the next account may register it.
    expect(await unregister(token, first.token)).toBe(true);
    expect((await register(token, second.token)).device).toEqual({ token, platform: 'ANDROID' });
    expect(await devicesOf(second.token)).toEqual([{ token }]);
    expect(await register(token, first.token)).toEqual(refused);

    // A registration the provider disabled, or one not renewed for 30 days, moves to the new account.
    await h.pool.query(
      `UPDATE push_tokens SET disabled_at = now(), disabled_reason = 'gone' WHERE token = $1`,
      [token],
    );
    expect((await register(token, first.token)).device).toEqual({ token, platform: 'ANDROID' });
    expect(await devicesOf(first.token)).toEqual([{ token }]);
    await h.pool.query(
      `UPDATE push_tokens SET last_registered_at = now() - interval '29 days' WHERE token = $1`,
      [token],
    );
    expect(await register(token, second.token)).toEqual(refused);
    await h.pool.query(
      `UPDATE push_tokens SET last_registered_at = now() - interval '31 days' WHERE token = $1`,
      [token],
    );
    expect((await register(token, second.token)).device).toEqual({ token, platform: 'ANDROID' });
    expect(await devicesOf(first.token)).toEqual([]);
    expect(await devicesOf(second.token)).toEqual([{ token }]);
  });

  it('alerts staff and the admin mailbox about low stock, and no customer', async () => {
    // Opening their inbox enrols staff for admin alerts; a former admin is dropped.
    const demoted = await h.user('ADMIN');
    for (const token of [admin, demoted.token]) await h.data('{ myNotifications { totalCount } }', {}, token);
    h.directory.putUser({
      id: demoted.userId,
      name: 'Former',
      email: demoted.email,
      role: 'CUSTOMER',
      phone: null,
    });
    const customer = await h.user();
    await h.data('{ myNotifications { totalCount } }', {}, customer.token);

    await h.publish('inventory.low_stock', { variantId: 'variant-42', available: 2, threshold: 5 });
    const inboxOf = async (token: string) =>
      (
        await h.data<{ myNotifications: { nodes: { kind: string; body: string; category: string }[] } }>(
          '{ myNotifications { nodes { kind body category } } }',
          {},
          token,
        )
      ).myNotifications.nodes;
    await expect
      .poll(() => inboxOf(admin), { timeout: 10_000 })
      .toEqual([
        {
          kind: 'inventory.low_stock',
          category: 'ADMIN_ALERTS',
          body: 'Variant variant-42: 2 left (threshold 5).',
        },
      ]);
    const mailbox = () =>
      h.data<{ capturedEmails: { nodes: { subject: string; body: string }[] } }>(
        '{ capturedEmails(to: "ops@example.com") { nodes { subject body } } }',
        {},
        admin,
      );
    await expect
      .poll(async () => (await mailbox()).capturedEmails.nodes.map((e) => e.subject), { timeout: 10_000 })
      .toEqual(['Low stock: variant variant-42']);
    expect((await mailbox()).capturedEmails.nodes[0]!.body).toContain('Hi team,');
    expect(await inboxOf(customer.token)).toEqual([]);
    expect(await inboxOf(demoted.token)).toEqual([]);
    expect(errorCode(await h.gql('{ capturedEmails { totalCount } }', {}, customer.token))).toBe('FORBIDDEN');
  });
});
