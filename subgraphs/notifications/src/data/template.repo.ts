import type { NotificationChannel } from '../domain/notification-catalog';
import type { NotificationsDb, NotificationsTx } from './database';

export interface TemplateOverride {
  key: string;
  channel: NotificationChannel;
  subject: string | null;
  body: string;
  updatedBy: string;
  updatedAt: Date;
}

export function templateOverrides(db: NotificationsDb): Promise<TemplateOverride[]> {
  return db.notificationTemplate.findMany({ orderBy: [{ key: 'asc' }, { channel: 'asc' }] });
}

export function templateOverride(
  db: NotificationsDb | NotificationsTx,
  key: string,
  channel: NotificationChannel,
): Promise<TemplateOverride | null> {
  return db.notificationTemplate.findUnique({ where: { key_channel: { key, channel } } });
}

export function saveTemplateOverride(
  db: NotificationsDb,
  template: Omit<TemplateOverride, 'updatedAt'>,
): Promise<TemplateOverride> {
  const { key, channel, ...content } = template;
  return db.notificationTemplate.upsert({
    where: { key_channel: { key, channel } },
    create: template,
    update: content,
  });
}

export async function deleteTemplateOverride(
  db: NotificationsDb,
  key: string,
  channel: NotificationChannel,
): Promise<void> {
  await db.notificationTemplate.deleteMany({ where: { key, channel } });
}
