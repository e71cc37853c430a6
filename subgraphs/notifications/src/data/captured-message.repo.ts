import type { DeliveryChannel } from '../domain/notification-catalog';
import type { NotificationsDb } from './database';

export interface CapturedMessageRecord {
  id: string;
  channel: DeliveryChannel;
  to: string;
  subject: string | null;
  body: string;
  html: string | null;
  deliveryId: string | null;
  createdAt: Date;
}

export interface CapturedMessageCursor {
  createdAt: string;
  id: string;
}

export async function captureMessage(
  db: NotificationsDb,
  message: Omit<CapturedMessageRecord, 'id' | 'createdAt'>,
): Promise<CapturedMessageRecord> {
  const row = await db.capturedMessage.create({ data: message });
  return { ...row, channel: row.channel as DeliveryChannel };
}

/** Captured messages of one channel, newest first, optionally to one address (case-insensitive). */
export async function capturedMessagePage(
  db: NotificationsDb,
  options: { channel: DeliveryChannel; to: string | null; take: number; after: CapturedMessageCursor | null },
): Promise<{ rows: CapturedMessageRecord[]; total: number }> {
  const scope = {
    channel: options.channel,
    ...(options.to ? { to: { equals: options.to, mode: 'insensitive' as const } } : {}),
  };
  const after = options.after;
  const [rows, total] = await Promise.all([
    db.capturedMessage.findMany({
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
    db.capturedMessage.count({ where: scope }),
  ]);
  return { rows: rows.map((row) => ({ ...row, channel: row.channel as DeliveryChannel })), total };
}
