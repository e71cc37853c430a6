import type { NotificationsDb } from './database';
import { isUuid } from './database';

export type PushPlatform = 'IOS' | 'ANDROID' | 'WEB';

export interface PushTokenRecord {
  id: string;
  token: string;
  userId: string;
  platform: PushPlatform;
  createdAt: Date;
  lastRegisteredAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
}

/**
 * Registers a device for a user. A token identifies a device, so registering it again (after a reinstall,
 * or by another user signing in on it) moves it to the caller and makes it usable again.
 */
export function registerPushToken(
  db: NotificationsDb,
  userId: string,
  token: string,
  platform: PushPlatform,
  at: Date,
): Promise<PushTokenRecord> {
  return db.pushToken.upsert({
    where: { token },
    create: { token, userId, platform, createdAt: at, lastRegisteredAt: at },
    update: { userId, platform, lastRegisteredAt: at, disabledAt: null, disabledReason: null },
  });
}

export async function unregisterPushToken(
  db: NotificationsDb,
  userId: string,
  token: string,
): Promise<boolean> {
  const { count } = await db.pushToken.deleteMany({ where: { userId, token } });
  return count > 0;
}

export function pushTokensOf(db: NotificationsDb, userId: string): Promise<PushTokenRecord[]> {
  return db.pushToken.findMany({ where: { userId, disabledAt: null }, orderBy: { createdAt: 'asc' } });
}

/** Usable tokens of several users, keyed by user id. */
export async function activePushTokenIds(
  db: NotificationsDb,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = userIds.length
    ? await db.pushToken.findMany({
        where: { userId: { in: [...userIds] }, disabledAt: null },
        select: { id: true, userId: true },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
  for (const row of rows) byUser.get(row.userId)?.push(row.id);
  return byUser;
}

export function pushTokenById(db: NotificationsDb, id: string): Promise<PushTokenRecord | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return db.pushToken.findUnique({ where: { id } });
}

/** The provider said the token is dead: never use it again until the device registers anew. */
export async function disablePushToken(
  db: NotificationsDb,
  id: string,
  reason: string,
  at: Date,
): Promise<void> {
  await db.pushToken.updateMany({
    where: { id, disabledAt: null },
    data: { disabledAt: at, disabledReason: reason },
  });
}
