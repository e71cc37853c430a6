import type { PlannedNotification } from '../domain/delivery-plan';
import type { NotificationCategory } from '../domain/notification-catalog';
import type { NotificationsDb, NotificationsTx } from './database';
import { DUPLICATE_MESSAGE, inTransactionOnce, isUuid } from './database';

export interface NotificationRecord {
  id: string;
  userId: string;
  category: NotificationCategory;
  kind: string;
  title: string;
  body: string;
  orderId: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationCursor {
  createdAt: string;
  id: string;
}

export interface NotificationPage {
  rows: NotificationRecord[];
  totalCount: number;
  unreadCount: number;
}

/**
 * Records an event in the inbox and stores its notifications in one transaction; null when the event was
 * handled before (nothing is read or written then). `plan` decides the notifications from what it reads
 * through the transaction, so the reads cost no transactions of their own; `beforeCommit` runs inside the
 * transaction, last.
 */
export async function storeEventNotifications<
  TPlan extends { notifications: readonly PlannedNotification[] },
>(
  db: NotificationsDb,
  eventId: string,
  plan: (tx: NotificationsTx) => Promise<TPlan>,
  createdAt: Date,
  beforeCommit: (planned: TPlan) => Promise<void>,
): Promise<NotificationRecord[] | null> {
  const stored = await inTransactionOnce(db, eventId, async (tx) => {
    const planned = await plan(tx);
    const rows = await insertNotifications(tx, planned.notifications, createdAt);
    await beforeCommit(planned);
    return rows;
  });
  return stored === DUPLICATE_MESSAGE ? null : stored;
}

/** Ids are derived from the event, so a second insert of the same notification is ignored. */
async function insertNotifications(
  tx: NotificationsTx,
  notifications: readonly PlannedNotification[],
  createdAt: Date,
): Promise<NotificationRecord[]> {
  if (!notifications.length) return [];
  await tx.notification.createMany({
    data: notifications.map((n) => ({
      id: n.id,
      userId: n.userId,
      category: n.category,
      kind: n.kind,
      title: n.title,
      body: n.body,
      orderId: n.orderId,
      createdAt,
    })),
    skipDuplicates: true,
  });
  return tx.notification.findMany({ where: { id: { in: notifications.map((n) => n.id) } } });
}

/** A user's inbox, newest first; fetch `take = size + 1` to learn whether another page exists. */
export async function notificationPage(
  db: NotificationsDb,
  userId: string,
  options: { unreadOnly: boolean; take: number; after: NotificationCursor | null },
): Promise<NotificationPage> {
  const scope = { userId, ...(options.unreadOnly ? { readAt: null } : {}) };
  const after = options.after;
  const [rows, totalCount, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: after
        ? {
            ...scope,
            OR: [
              { createdAt: { lt: new Date(after.createdAt) } },
              { createdAt: new Date(after.createdAt), id: { lt: after.id } },
            ],
          }
        : scope,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: options.take,
    }),
    db.notification.count({ where: scope }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { rows, totalCount, unreadCount };
}

/** Marks one of the user's notifications read (keeping the first read time); null when it is not theirs. */
export async function markNotificationRead(
  db: NotificationsDb,
  userId: string,
  id: string,
  at: Date,
): Promise<NotificationRecord | null> {
  if (!isUuid(id)) return null;
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: at } });
  return db.notification.findFirst({ where: { id, userId } });
}

export async function markAllNotificationsRead(
  db: NotificationsDb,
  userId: string,
  at: Date,
): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: at },
  });
  return count;
}

export function unreadNotificationCount(db: NotificationsDb, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function notificationsByIds(
  db: NotificationsDb,
  ids: readonly string[],
): Promise<NotificationRecord[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return Promise.resolve([]);
  return db.notification.findMany({ where: { id: { in: valid } } });
}
