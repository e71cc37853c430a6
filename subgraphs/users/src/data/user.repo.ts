import { publishEvent } from '@msa/events';
import type { UserRoleName as Role } from '@msa/auth';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client';
import { isUniqueViolation, isUuid } from './database';

/** A user as other code sees it: never the password hash. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  /** When an administrator disabled the account; null while it is enabled. */
  disabledAt: Date | null;
  disabledReason: string | null;
  /** When the account holder proved they receive mail at `email`; null until then. */
  emailVerifiedAt: Date | null;
}

export interface UserCredentials extends UserRecord {
  passwordHash: string;
}

export interface UserPageCursor {
  createdAt: string;
  id: string;
}

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  disabledAt: true,
  disabledReason: true,
  emailVerifiedAt: true,
} satisfies Prisma.UserSelect;
export const USER_PUBLIC_FIELDS = PUBLIC_FIELDS;
const CREDENTIAL_FIELDS = { ...PUBLIC_FIELDS, passwordHash: true } satisfies Prisma.UserSelect;

export type EmailTaken = { emailTaken: true };
const EMAIL_TAKEN: EmailTaken = { emailTaken: true };

export class UserRepo {
  constructor(private readonly db: PrismaClient) {}

  /** One query for a whole batch of entity references. */
  findByIds(ids: readonly string[]): Promise<UserRecord[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.db.user.findMany({ where: { id: { in: valid } }, select: PUBLIC_FIELDS });
  }

  async findById(id: string): Promise<UserRecord | null> {
    if (!isUuid(id)) return null;
    return this.db.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  }

  findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    return this.db.user.findUnique({ where: { email }, select: CREDENTIAL_FIELDS });
  }

  async findCredentialsById(id: string): Promise<UserCredentials | null> {
    if (!isUuid(id)) return null;
    return this.db.user.findUnique({ where: { id }, select: CREDENTIAL_FIELDS });
  }

  /**
   * Creates the account and its user.registered event atomically. A concurrent registration of the same
   * email loses on the unique index, which is what makes EMAIL_TAKEN race-safe.
   */
  async createWithEvent(data: {
    email: string;
    name: string;
    passwordHash: string;
    role?: Role;
  }): Promise<UserRecord | EmailTaken> {
    try {
      return await this.db.$transaction(async (tx) => {
        const user = await tx.user.create({ data, select: PUBLIC_FIELDS });
        await publishEvent(tx, 'user.registered', { userId: user.id });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return EMAIL_TAKEN;
      throw error;
    }
  }

  async updateProfile(id: string, data: { name?: string; email?: string }): Promise<UserRecord | EmailTaken> {
    try {
      // A new address is unproven until its owner verifies it again.
      const verification = data.email ? { emailVerifiedAt: null } : {};
      return await this.db.user.update({
        where: { id },
        data: { ...data, ...verification },
        select: PUBLIC_FIELDS,
      });
    } catch (error) {
      if (isUniqueViolation(error)) return EMAIL_TAKEN;
      throw error;
    }
  }

  setPasswordHash(id: string, passwordHash: string): Promise<UserRecord> {
    return this.db.user.update({ where: { id }, data: { passwordHash }, select: PUBLIC_FIELDS });
  }

  setRole(id: string, role: Role): Promise<UserRecord> {
    return this.db.user.update({ where: { id }, data: { role }, select: PUBLIC_FIELDS });
  }

  /** Disables (with a reason) or, with null, enables the account. */
  setDisabled(id: string, disabled: { at: Date; reason: string } | null): Promise<UserRecord> {
    return this.db.user.update({
      where: { id },
      data: { disabledAt: disabled?.at ?? null, disabledReason: disabled?.reason ?? null },
      select: PUBLIC_FIELDS,
    });
  }

  /** Newest first; `search` matches email or name, case-insensitively. Fetches `take` rows after the cursor. */
  async page(options: {
    take: number;
    after: UserPageCursor | null;
    search: string | null;
  }): Promise<{ rows: UserRecord[]; total: number }> {
    const filter: Prisma.UserWhereInput = options.search
      ? {
          OR: [
            { email: { contains: options.search, mode: 'insensitive' } },
            { name: { contains: options.search, mode: 'insensitive' } },
          ],
        }
      : {};
    const after = options.after;
    const afterCursor: Prisma.UserWhereInput = after
      ? {
          OR: [
            { createdAt: { lt: new Date(after.createdAt) } },
            { createdAt: new Date(after.createdAt), id: { lt: after.id } },
          ],
        }
      : {};
    const [rows, total] = await Promise.all([
      this.db.user.findMany({
        where: { AND: [filter, afterCursor] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: options.take,
        select: PUBLIC_FIELDS,
      }),
      this.db.user.count({ where: filter }),
    ]);
    return { rows, total };
  }
}

export function isEmailTaken(result: UserRecord | EmailTaken): result is EmailTaken {
  return 'emailTaken' in result;
}
