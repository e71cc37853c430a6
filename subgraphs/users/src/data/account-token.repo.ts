import { publishEvent, type EventName, type EventPayloads } from '@msa/events';
import type { AccountTokenPurpose, StoredAccountToken } from '../domain/account-token';
import type { UsersDb } from './database';
import { USER_PUBLIC_FIELDS, type UserRecord } from './user.repo';

export interface AccountTokenRecord extends StoredAccountToken {
  id: string;
}

type Tx = Parameters<Parameters<UsersDb['$transaction']>[0]>[0];

/** The event that mails a link, written in the transaction that stores the link's hash. */
export type LinkEvent = {
  [E in EventName]: { name: E; payload: EventPayloads[E] };
}['user.password_reset_requested' | 'user.email_verification_requested'];

/** Mailed single-use links: only their hashes are stored; consuming one is a conditional update. */
export class AccountTokenRepo {
  constructor(private readonly db: UsersDb) {}

  /** Stores a new link and the event that mails it, atomically: no mail without a usable link. */
  async issue(
    token: {
      userId: string;
      purpose: AccountTokenPurpose;
      email: string;
      tokenHash: string;
      expiresAt: Date;
    },
    event: LinkEvent,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.accountToken.create({ data: token });
      await publishEvent(tx, event.name, event.payload);
    });
  }

  findByHash(tokenHash: string): Promise<AccountTokenRecord | null> {
    return this.db.accountToken.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, purpose: true, email: true, expiresAt: true, usedAt: true },
    });
  }

  /**
   * Uses a reset link and sets the new password hash. Of two concurrent uses exactly one claims the row;
   * the other gets null. Every other open reset link of the account dies with it. Receiving the mail proved
   * the address, so an unverified account becomes verified.
   */
  consumePasswordReset(
    token: AccountTokenRecord,
    passwordHash: string,
    now: Date,
  ): Promise<UserRecord | null> {
    return this.db.$transaction(async (tx) => {
      if (!(await claim(tx, token, now))) return null;
      const user = await tx.user.update({
        where: { id: token.userId },
        data: { passwordHash },
        select: USER_PUBLIC_FIELDS,
      });
      if (user.emailVerifiedAt || user.email !== token.email) return user;
      return markVerified(tx, user.id, now);
    });
  }

  /** Uses a verification link; null when it was used meanwhile or the account's email changed since. */
  consumeEmailVerification(token: AccountTokenRecord, now: Date): Promise<UserRecord | null> {
    return this.db.$transaction(async (tx) => {
      if (!(await claim(tx, token, now))) return null;
      const current = await tx.user.findUnique({ where: { id: token.userId }, select: { email: true } });
      if (current?.email !== token.email) return null;
      return markVerified(tx, token.userId, now);
    });
  }

  /** Marks an account verified directly (demo accounts in the seed). */
  markVerified(userId: string, now: Date): Promise<UserRecord> {
    return this.db.$transaction((tx) => markVerified(tx, userId, now));
  }
}

async function claim(tx: Tx, token: AccountTokenRecord, now: Date): Promise<boolean> {
  const claimed = await tx.accountToken.updateMany({
    where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return false;
  // The account's other open links of this kind end too: one use settles the request.
  await tx.accountToken.updateMany({
    where: { userId: token.userId, purpose: token.purpose, usedAt: null },
    data: { usedAt: now },
  });
  return true;
}

async function markVerified(tx: Tx, userId: string, now: Date): Promise<UserRecord> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { emailVerifiedAt: now },
    select: USER_PUBLIC_FIELDS,
  });
  await publishEvent(tx, 'UserEmailVerified', {
    userId: user.id,
    email: user.email,
    verifiedAt: now.toISOString(),
  });
  return user;
}
