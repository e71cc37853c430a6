import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import type { NotificationsDb, NotificationsTx } from '../data/database';
import type { DeliveryLogStore, DeliveryRecord } from '../data/delivery-log';
import { notificationsExportPart } from '../domain/privacy-export';

const PAGE = 100;

async function allDeliveriesTo(log: DeliveryLogStore, userId: string): Promise<DeliveryRecord[]> {
  const all: DeliveryRecord[] = [];
  for (;;) {
    const last = all.at(-1);
    const after = last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null;
    const { rows } = await log.list({ userId }, PAGE, after);
    all.push(...rows);
    if (rows.length < PAGE) return all;
  }
}

/**
 * Privacy requests for notifications. The export part is the inbox, preferences, push devices and the delivery
 * log; deletion removes all of them, the order references naming the customer, and the messages the captured
 * transports kept for the deliveries to them (the delivery log may live in MongoDB, so it goes after the commit).
 */
export function notificationPrivacyHandlers(db: NotificationsDb, log: DeliveryLogStore): EventHandlers {
  return privacyEventHandlers<NotificationsTx>({
    service: 'notifications',
    transaction: (work) => db.$transaction(work, { timeout: 30_000 }),
    exportPart: async (tx, userId) =>
      notificationsExportPart({
        notifications: await tx.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
        preferences: await tx.notificationPreference.findMany({ where: { userId } }),
        pushTokens: await tx.pushToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
        deliveries: await allDeliveriesTo(log, userId),
      }),
    eraseUser: async (tx, userId) => {
      await tx.notification.deleteMany({ where: { userId } });
      await tx.notificationPreference.deleteMany({ where: { userId } });
      await tx.pushToken.deleteMany({ where: { userId } });
      await tx.orderRef.deleteMany({ where: { customerId: userId } });
      await tx.staffRecipient.deleteMany({ where: { userId } });
    },
    afterErase: async (userId) => {
      const deliveryIds = await log.forgetUser(userId);
      if (deliveryIds.length)
        await db.capturedMessage.deleteMany({ where: { deliveryId: { in: deliveryIds } } });
    },
  });
}
