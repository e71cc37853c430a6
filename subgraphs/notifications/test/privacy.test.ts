import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteAccountOnRedelivery, exportPartOnRedelivery, testDatabaseForFile } from '@msa/testing';
import { database as notificationsDatabase, type NotificationsDb } from '../src/data/database';
import { createPostgresDeliveryLog } from '../src/data/postgres-delivery-log.repo';
import { notificationPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('notifications privacy requests', () => {
  const database = testDatabaseForFile('notifications', MIGRATIONS, (url) =>
    notificationsDatabase.connect(url),
  );
  let db: NotificationsDb;
  let handlers: ReturnType<typeof notificationPrivacyHandlers>;

  beforeAll(() => {
    db = database.client;
    handlers = notificationPrivacyHandlers(db, createPostgresDeliveryLog(db));
  });

  /** An inbox entry, a preference, a device and an emailed delivery with its captured message. */
  async function arrangeUser(userId: string) {
    const notificationId = randomUUID();
    await db.notification.create({
      data: {
        id: notificationId,
        userId,
        category: 'ACCOUNT',
        kind: 'account.welcome',
        title: 'Hi',
        body: `Welcome ${userId}`,
      },
    });
    await db.notificationPreference.create({
      data: { userId, category: 'MARKETING', channel: 'EMAIL', enabled: false },
    });
    await db.pushToken.create({ data: { token: `tok-${randomUUID()}`, userId, platform: 'IOS' } });
    const deliveryId = randomUUID();
    await db.delivery.create({
      data: {
        id: deliveryId,
        eventId: randomUUID(),
        notificationId,
        userId,
        recipientKind: 'USER',
        channel: 'EMAIL',
        category: 'ACCOUNT',
        kind: 'account.welcome',
        variables: {},
        status: 'SENT',
      },
    });
    await db.capturedMessage.create({
      data: { channel: 'EMAIL', to: `${userId}@example.com`, body: 'Welcome', deliveryId },
    });
    return { notificationId, deliveryId };
  }

  it("exports only the customer's inbox, preferences, devices and deliveries, once per request", async () => {
    const userId = randomUUID();
    const mine = await arrangeUser(userId);
    await arrangeUser(randomUUID());
    const part = await exportPartOnRedelivery(db, handlers, userId);
    expect(part).toMatchObject({
      subgraph: 'notifications',
      data: {
        notifications: [{ id: mine.notificationId }],
        preferences: [{ category: 'MARKETING', enabled: false }],
        pushTokens: [{ platform: 'IOS' }],
        deliveries: [{ id: mine.deliveryId, channel: 'EMAIL' }],
      },
    });
  });

  it('removes the inbox, preferences, devices, delivery log and captured messages on deletion', async () => {
    const userId = randomUUID();
    const otherId = randomUUID();
    await arrangeUser(userId);
    await arrangeUser(otherId);
    await deleteAccountOnRedelivery(handlers, userId);

    const remaining = async (id: string) => [
      await db.notification.count({ where: { userId: id } }),
      await db.notificationPreference.count({ where: { userId: id } }),
      await db.pushToken.count({ where: { userId: id } }),
      await db.delivery.count({ where: { userId: id } }),
      await db.capturedMessage.count({ where: { to: `${id}@example.com` } }),
    ];
    expect(await remaining(userId)).toEqual([0, 0, 0, 0, 0]);
    expect(await remaining(otherId)).toEqual([1, 1, 1, 1, 1]);
  });
});
