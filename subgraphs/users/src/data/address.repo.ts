import type { Prisma, PrismaClient } from '../__generated__/prisma/client';
import type { AddressFields } from '../domain/address';
import { isUuid } from './database';

export interface AddressRecord extends AddressFields {
  id: string;
  userId: string;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const ORDER: Prisma.AddressOrderByWithRelationInput[] = [{ createdAt: 'asc' }, { id: 'asc' }];

/** One user's address book inside a transaction that holds that user's row lock. */
export interface AddressBook {
  list(): Promise<AddressRecord[]>;
  find(id: string): Promise<AddressRecord | null>;
  create(fields: AddressFields, isDefault: boolean): Promise<AddressRecord>;
  update(id: string, fields: Partial<AddressFields> & { isDefault?: boolean }): Promise<AddressRecord>;
  remove(id: string): Promise<void>;
  /** Leaves at most `keepId` as the default. */
  clearDefault(keepId?: string): Promise<void>;
}

function addressBook(tx: Prisma.TransactionClient, userId: string): AddressBook {
  return {
    list: () => tx.address.findMany({ where: { userId }, orderBy: ORDER }),
    find: async (id) => (isUuid(id) ? tx.address.findFirst({ where: { id, userId } }) : null),
    create: (fields, isDefault) => tx.address.create({ data: { ...fields, userId, isDefault } }),
    update: (id, fields) => tx.address.update({ where: { id, userId }, data: fields }),
    remove: async (id) => {
      await tx.address.delete({ where: { id, userId } });
    },
    clearDefault: async (keepId) => {
      await tx.address.updateMany({
        where: { userId, isDefault: true, ...(keepId ? { id: { not: keepId } } : {}) },
        data: { isDefault: false },
      });
    },
  };
}

export class AddressRepo {
  constructor(private readonly db: PrismaClient) {}

  /** All addresses of many users in one query (for the `User.addresses` batch). */
  listForUsers(userIds: readonly string[]): Promise<AddressRecord[]> {
    const valid = userIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.db.address.findMany({ where: { userId: { in: valid } }, orderBy: ORDER });
  }

  /**
   * Runs `work` on the user's address book in one transaction, holding the user's row lock so that concurrent
   * edits cannot leave two defaults or exceed the address limit. Null when the user does not exist.
   */
  async withAddressBook<T>(
    userId: string,
    work: (book: AddressBook) => Promise<T>,
  ): Promise<{ result: T } | null> {
    if (!isUuid(userId)) return null;
    return this.db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      if (!locked.length) return null;
      return { result: await work(addressBook(tx, userId)) };
    });
  }
}
