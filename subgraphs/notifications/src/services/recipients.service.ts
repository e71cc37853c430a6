import { isStaffOrAdmin } from '@msa/auth';
import type { Directory, RecipientContact } from '../clients/directory.client';
import type { NotificationsDb } from '../data/database';
import { removeStaffRecipient, staffRecipientIds } from '../data/staff-recipient.repo';

/** Who a resolved audience is: the users to notify, and whether to copy the admin mailbox. */
export interface ResolvedAudience {
  users: RecipientContact[];
  adminMailbox: boolean;
  /** A guest order whose emails go to the address given at checkout (read when each email is sent). */
  guestOrderId?: string;
}

export function createRecipientsService(
  db: NotificationsDb,
  directory: Directory,
  adminMailbox: string | null,
) {
  return {
    /** One user; none when the account no longer exists. */
    async user(userId: string): Promise<ResolvedAudience> {
      const contact = await directory.user(userId);
      return { users: contact ? [contact] : [], adminMailbox: false };
    },

    /** Staff who still hold a staff role (anyone demoted is dropped from the list), plus the admin mailbox. */
    async staff(): Promise<ResolvedAudience> {
      const users: RecipientContact[] = [];
      for (const userId of await staffRecipientIds(db)) {
        const contact = await directory.user(userId);
        if (contact && isStaffOrAdmin({ userId, role: contact.role, kind: 'user' })) users.push(contact);
        else await removeStaffRecipient(db, userId);
      }
      return { users, adminMailbox: adminMailbox !== null };
    },
  };
}

export type RecipientsService = ReturnType<typeof createRecipientsService>;
