import type { NotificationsDb } from './database';

/** Records that a staff member uses notifications, so admin alerts reach them. */
export async function touchStaffRecipient(db: NotificationsDb, userId: string, at: Date): Promise<void> {
  // Insert-or-ignore then update: two requests of one person at once must not collide on the key.
  await db.staffRecipient.createMany({ data: [{ userId, lastSeenAt: at }], skipDuplicates: true });
  await db.staffRecipient.updateMany({ where: { userId }, data: { lastSeenAt: at } });
}

export async function staffRecipientIds(db: NotificationsDb): Promise<string[]> {
  const rows = await db.staffRecipient.findMany({ select: { userId: true }, orderBy: { userId: 'asc' } });
  return rows.map((row) => row.userId);
}

/** Someone who is no longer staff stops receiving admin alerts. */
export async function removeStaffRecipient(db: NotificationsDb, userId: string): Promise<void> {
  await db.staffRecipient.deleteMany({ where: { userId } });
}
