import { ISO_COUNTRY_CODES } from './country-codes';
import { checkText, type TextRule } from './text-field';
import { UserErrorCode, type FieldProblem } from './user-error-codes';

/** A user may keep this many addresses; more is almost always automation. */
export const MAX_ADDRESSES_PER_USER = 20;

export interface AddressFields {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

/** Input as it arrives from GraphQL: absent (undefined), cleared (null) or a value. */
export type AddressDraft = { [K in keyof AddressFields]?: string | null };

const RULES: Record<keyof AddressFields, TextRule> = {
  name: { label: 'Recipient name', max: 100 },
  line1: { label: 'Address line 1', max: 200 },
  line2: { label: 'Address line 2', max: 200 },
  city: { label: 'City', max: 100 },
  region: { label: 'Region', max: 100 },
  postalCode: {
    label: 'Postal code',
    max: 20,
    pattern: {
      test: /^[A-Za-z0-9][A-Za-z0-9 -]*$/,
      hint: 'may contain only letters, digits, spaces and hyphens.',
    },
  },
  country: { label: 'Country', max: 2, min: 2 },
  phone: {
    label: 'Phone',
    max: 25,
    pattern: { test: /^\+?[0-9][0-9 ()./-]{4,23}$/, hint: 'must be a phone number such as +1 555 123 4567.' },
  },
};

const OPTIONAL: ReadonlySet<keyof AddressFields> = new Set(['line2', 'region', 'phone']);
const FIELDS = Object.keys(RULES) as (keyof AddressFields)[];

export type AddressCheck<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

function checkField(
  key: keyof AddressFields,
  raw: string | null,
  fieldPrefix: string[],
): { value: string | null } | FieldProblem {
  const field = [...fieldPrefix, key];
  const blank = raw === null || raw.trim() === '';
  if (blank) {
    return OPTIONAL.has(key)
      ? { value: null }
      : { code: UserErrorCode.INVALID_INPUT, message: `${RULES[key].label} is required.`, field };
  }
  const checked = checkText(raw, RULES[key], field);
  if (!checked.ok) return checked.problem;
  if (key === 'country') {
    const code = checked.value.toUpperCase();
    if (!ISO_COUNTRY_CODES.has(code)) {
      return {
        code: UserErrorCode.INVALID_INPUT,
        message: 'Country must be an ISO 3166-1 alpha-2 code such as US or DE.',
        field,
      };
    }
    return { value: code };
  }
  if (key === 'postalCode') return { value: checked.value.toUpperCase() };
  return { value: checked.value };
}

/**
 * Validates an address. For a new address every required field must be present; for an update only the given
 * fields are checked, and a required field cannot be cleared.
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
  const value: Partial<Record<keyof AddressFields, string | null>> = {};
  const problems: FieldProblem[] = [];
  for (const key of FIELDS) {
    const raw = draft[key];
    if (raw === undefined && mode === 'update') continue;
    const result = checkField(key, raw ?? null, fieldPrefix);
    if ('code' in result) problems.push(result);
    else value[key] = result.value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: value as Partial<AddressFields> };
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
