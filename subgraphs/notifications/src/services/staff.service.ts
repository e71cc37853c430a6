import { isStaffOrAdmin, type Identity } from '@msa/auth';
import type { NotificationsDb } from '../data/database';
import { touchStaffRecipient } from '../data/staff-recipient.repo';

const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Admin alerts go to staff members who use notifications: anyone signed in as STAFF or ADMIN who opens their
 * inbox or settings is recorded (at most hourly per process), and their role is checked again for every alert.
 */
export function createStaffService(db: NotificationsDb, now: () => Date) {
  const touched = new Map<string, number>();
  return {
    async noteVisit(identity: Identity): Promise<void> {
      if (identity.kind !== 'user' || !isStaffOrAdmin(identity)) return;
      const at = now();
      const last = touched.get(identity.userId);
      if (last !== undefined && at.getTime() - last < TOUCH_INTERVAL_MS) return;
      await touchStaffRecipient(db, identity.userId, at);
      touched.set(identity.userId, at.getTime());
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
