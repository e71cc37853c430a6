import type { NotificationsDb, NotificationsTx } from './database';
import { isUniqueViolation, isUuid } from './database';

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

export type RegisterPushTokenResult =
  | { registered: true; token: PushTokenRecord }
  | { registered: false; reason: 'HELD_BY_ANOTHER_ACCOUNT' };

/**
 * Registers a device for a user. Registering a token again refreshes it (apps register on every start) and
 * makes it usable again. A token held by another account moves only when that registration is dead (the
 * provider disabled it) or stale (not registered since `staleBefore`); otherwise the registration is refused,
 * so nobody can redirect another customer's device by sending its token. The check and the move are one
 * conditional update, so two accounts racing for a token cannot both win.
 */
export async function registerPushToken(
  db: NotificationsDb,
  userId: string,
  token: string,
  platform: PushPlatform,
  at: Date,
  staleBefore: Date,
): Promise<RegisterPushTokenResult> {
  const refresh = { userId, platform, lastRegisteredAt: at, disabledAt: null, disabledReason: null };
  const claimable = {
    token,
    OR: [{ userId }, { disabledAt: { not: null } }, { lastRegisteredAt: { lt: staleBefore } }],
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const { count } = await db.pushToken.updateMany({ where: claimable, data: refresh });
    if (count > 0) {
      return { registered: true, token: await db.pushToken.findUniqueOrThrow({ where: { token } }) };
    }
    if (await db.pushToken.findUnique({ where: { token }, select: { id: true } })) {
      return { registered: false, reason: 'HELD_BY_ANOTHER_ACCOUNT' };
    }
    try {
      const created = await db.pushToken.create({
        data: { token, userId, platform, createdAt: at, lastRegisteredAt: at },
      });
      return { registered: true, token: created };
    } catch (error) {
      // Someone created the same token in between: decide again against their registration.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { registered: false, reason: 'HELD_BY_ANOTHER_ACCOUNT' };
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
  db: NotificationsDb | NotificationsTx,
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
