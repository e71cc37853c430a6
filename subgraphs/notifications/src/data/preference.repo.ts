import type { StoredPreference } from '../domain/preferences';
import type { NotificationsDb, NotificationsTx } from './database';

export async function preferencesOf(
  db: NotificationsDb | NotificationsTx,
  userId: string,
): Promise<StoredPreference[]> {
  return db.notificationPreference.findMany({
    where: { userId },
    select: { category: true, channel: true, enabled: true },
  });
}

/** Stored choices of several users at once, keyed by user id (users without any map to []). */
export async function preferencesOfUsers(
  db: NotificationsDb | NotificationsTx,
  userIds: readonly string[],
): Promise<Map<string, StoredPreference[]>> {
  const rows = userIds.length
    ? await db.notificationPreference.findMany({ where: { userId: { in: [...userIds] } } })
    : [];
  const byUser = new Map<string, StoredPreference[]>(userIds.map((id) => [id, []]));
  for (const row of rows)
    byUser.get(row.userId)?.push({ category: row.category, channel: row.channel, enabled: row.enabled });
  return byUser;
}

/** Saves a validated batch of choices together. */
export async function savePreferences(
  db: NotificationsDb,
  userId: string,
  changes: readonly StoredPreference[],
): Promise<void> {
  await db.$transaction(
    changes.map((change) =>
      db.notificationPreference.upsert({
        where: { userId_category_channel: { userId, category: change.category, channel: change.channel } },
        create: { userId, ...change },
        update: { enabled: change.enabled },
      }),
    ),
  );
}
