import type { Identity } from '@msa/auth';
import { isStaffOrAdmin } from '@msa/auth';
import type { NotificationsDb } from '../data/database';
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationPage,
  notificationsByIds,
  unreadNotificationCount,
  type NotificationCursor,
  type NotificationRecord,
} from '../data/notification.repo';
import type { StaffService } from './staff.service';

/** A user's in-app notifications: only ever their own. */
export function createInboxService(db: NotificationsDb, staff: StaffService, now: () => Date) {
  return {
    async page(
      viewer: Identity,
      options: { unreadOnly: boolean; take: number; after: NotificationCursor | null },
    ) {
      await staff.noteVisit(viewer);
      return notificationPage(db, viewer.userId, options);
    },

    async markRead(viewer: Identity, id: string) {
      const notification = await markNotificationRead(db, viewer.userId, id, now());
      return { notification, unreadCount: await unreadNotificationCount(db, viewer.userId) };
    },

    async markAllRead(viewer: Identity) {
      const markedCount = await markAllNotificationsRead(db, viewer.userId, now());
      return { markedCount, unreadCount: await unreadNotificationCount(db, viewer.userId) };
    },

    /** For `_entities`: the recipient sees their own, staff see any. */
    async visible(viewer: Identity, ids: readonly string[]): Promise<(NotificationRecord | null)[]> {
      const rows = await notificationsByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row && (row.userId === viewer.userId || isStaffOrAdmin(viewer)) ? row : null;
      });
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
