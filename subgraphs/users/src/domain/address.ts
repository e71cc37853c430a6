import { checkPostalAddress, type PostalAddress, type PostalAddressDraft } from '@msa/subgraph-kit';
import { UserErrorCode, type FieldProblem } from './user-error-codes';

/** A user may keep this many addresses; more is almost always automation. */
export const MAX_ADDRESSES_PER_USER = 20;

export type AddressFields = PostalAddress;
/** Input as it arrives from GraphQL: absent (undefined), cleared (null) or a value. */
export type AddressDraft = PostalAddressDraft;

export type AddressCheck<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Validates an address (the rules orders applies at checkout too). For a new address every required field
 * must be present; for an update only the given fields are checked, and a required field cannot be cleared.
 */
export function checkAddress(
  draft: AddressDraft,
  mode: 'create',
  fieldPrefix: string[],
): AddressCheck<AddressFields>;
export function checkAddress(
  draft: AddressDraft,
  mode: 'update',
  fieldPrefix: string[],
): AddressCheck<Partial<AddressFields>>;
export function checkAddress(
  draft: AddressDraft,
  mode: 'create' | 'update',
  fieldPrefix: string[],
): AddressCheck<Partial<AddressFields>> {
  return checkPostalAddress(draft, {
    code: UserErrorCode.INVALID_INPUT,
    fieldPrefix,
    partial: mode === 'update',
  });
}

/** The first address becomes the default, so a user with addresses always has one to ship to. */
export function isNewAddressDefault(existingCount: number, requested: boolean | null | undefined): boolean {
  return existingCount === 0 || requested === true;
}

/** After the default is removed, the oldest remaining address takes over. */
export function nextDefaultAddress<T extends { id: string; createdAt: Date }>(remaining: T[]): string | null {
  const oldest = [...remaining].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  )[0];
  return oldest?.id ?? null;
}

/** The default moves by marking another address default; un-marking it alone would leave the book without one. */
export function defaultChangeProblem(
  isCurrentlyDefault: boolean,
  requested: boolean | null | undefined,
  field: string[],
): FieldProblem | null {
  if (requested !== false || !isCurrentlyDefault) return null;
  return {
    code: UserErrorCode.INVALID_INPUT,
    message: 'This is your default address. Mark another address as default instead.',
    field,
  };
}
