import { notFound } from '@msa/subgraph-kit';
import type { AddressBook, AddressRecord, AddressRepo } from '../data/address.repo';
import {
  checkAddress,
  defaultChangeProblem,
  isNewAddressDefault,
  MAX_ADDRESSES_PER_USER,
  nextDefaultAddress,
  type AddressDraft,
} from '../domain/address';
import { UserErrorCode } from '../domain/user-error-codes';
import { failure, problem, success, type Outcome } from './outcome';

export type AddressInput = AddressDraft & { isDefault?: boolean | null | undefined };

/**
 * A user's own address book. Addresses of other users are reported as not found, never as forbidden, so ids
 * cannot be probed.
 */
export class AddressBookService {
  constructor(private readonly addresses: AddressRepo) {}

  async add(userId: string, input: AddressInput): Promise<Outcome<AddressRecord>> {
    const checked = checkAddress(input, 'create', ['input']);
    if (!checked.ok) return failure(...checked.problems);
    return this.inBook(userId, async (book) => {
      const existing = await book.list();
      if (existing.length >= MAX_ADDRESSES_PER_USER) {
        return failure(
          problem(
            UserErrorCode.ADDRESS_LIMIT_REACHED,
            `You can keep at most ${MAX_ADDRESSES_PER_USER} addresses. Remove one first.`,
          ),
        );
      }
      const isDefault = isNewAddressDefault(existing.length, input.isDefault);
      if (isDefault) await book.clearDefault();
      return success(await book.create(checked.value, isDefault));
    });
  }

  async update(userId: string, addressId: string, input: AddressInput): Promise<Outcome<AddressRecord>> {
    const checked = checkAddress(input, 'update', ['input']);
    if (!checked.ok) return failure(...checked.problems);
    return this.inBook(userId, async (book) => {
      const current = await book.find(addressId);
      if (!current) throw notFound('Address');
      const refused = defaultChangeProblem(current.isDefault, input.isDefault, ['input', 'isDefault']);
      if (refused) return failure(refused);
      if (input.isDefault === true) await book.clearDefault(addressId);
      const isDefault = input.isDefault === true ? { isDefault: true } : {};
      return success(await book.update(addressId, { ...checked.value, ...isDefault }));
    });
  }

  /** Removing the default promotes the oldest remaining address. */
  async remove(userId: string, addressId: string): Promise<Outcome<string>> {
    return this.inBook(userId, async (book) => {
      const current = await book.find(addressId);
      if (!current) throw notFound('Address');
      await book.remove(addressId);
      if (current.isDefault) {
        const next = nextDefaultAddress(await book.list());
        if (next) await book.update(next, { isDefault: true });
      }
      return success(addressId);
    });
  }

  private async inBook<T>(
    userId: string,
    work: (book: AddressBook) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    const done = await this.addresses.withAddressBook(userId, work);
    if (!done) throw notFound('User');
    return done.result;
  }
}
