import type { PostalAddress } from '@msa/events';
import { isCountryCode } from './country-codes';

export type { PostalAddress };

/** Input as it arrives from GraphQL: absent (undefined), cleared (null) or a value. */
export type PostalAddressDraft = { [K in keyof PostalAddress]?: string | null };

interface FieldRule {
  label: string;
  max: number;
  required: boolean;
  pattern?: { test: RegExp; hint: string };
}

const RULES: Record<keyof PostalAddress, FieldRule> = {
  name: { label: 'Recipient name', max: 100, required: true },
  line1: { label: 'Address line 1', max: 200, required: true },
  line2: { label: 'Address line 2', max: 200, required: false },
  city: { label: 'City', max: 100, required: true },
  region: { label: 'Region', max: 100, required: false },
  postalCode: {
    label: 'Postal code',
    max: 20,
    required: true,
    pattern: {
      test: /^[A-Za-z0-9][A-Za-z0-9 -]*$/,
      hint: 'may contain only letters, digits, spaces and hyphens',
    },
  },
  country: { label: 'Country', max: 2, required: true },
  phone: {
    label: 'Phone',
    max: 25,
    required: false,
    pattern: { test: /^\+?[0-9][0-9 ()./-]{4,23}$/, hint: 'must be a phone number such as +1 555 123 4567' },
  },
};

export const POSTAL_ADDRESS_FIELDS = Object.keys(RULES) as (keyof PostalAddress)[];

// Control characters would end up on a shipping label; nobody types them on purpose.
const CONTROL = /\p{Cc}/u;

/** One field's problem, named the way a form would say it. */
export interface PostalAddressProblem {
  key: keyof PostalAddress;
  message: string;
}

function checkField(
  key: keyof PostalAddress,
  raw: string | null,
): { value: string | null } | PostalAddressProblem {
  const rule = RULES[key];
  const value = (raw ?? '').trim().replace(/\s+/g, ' ');
  const problem = (message: string) => ({ key, message: `${rule.label} ${message}.` });
  if (value === '') return rule.required ? problem('is required') : { value: null };
  if ([...value].length > rule.max) return problem(`must have at most ${rule.max} characters`);
  if (CONTROL.test(value)) return problem('contains characters that are not allowed');
  if (rule.pattern && !rule.pattern.test.test(value)) return problem(rule.pattern.hint);
  if (key === 'country') {
    const code = value.toUpperCase();
    return isCountryCode(code)
      ? { value: code }
      : problem('must be an ISO 3166-1 alpha-2 code such as US or DE');
  }
  return { value: key === 'postalCode' ? value.toUpperCase() : value };
}

export type PostalAddressCheck<T> = { ok: true; value: T } | { ok: false; problems: PostalAddressProblem[] };

/**
 * Validates and normalises an address (trims and collapses spaces, upper-cases the country and postal code),
 * reporting every problem. A whole address needs every required field; a change (`partial`) checks only the
 * fields given, and a required field cannot be cleared.
 */
export function checkPostalAddress(draft: PostalAddressDraft): PostalAddressCheck<PostalAddress>;
export function checkPostalAddress(
  draft: PostalAddressDraft,
  partial: 'partial',
): PostalAddressCheck<Partial<PostalAddress>>;
export function checkPostalAddress(
  draft: PostalAddressDraft,
  partial?: 'partial',
): PostalAddressCheck<Partial<PostalAddress>> {
  const value: Partial<Record<keyof PostalAddress, string | null>> = {};
  const problems: PostalAddressProblem[] = [];
  for (const key of POSTAL_ADDRESS_FIELDS) {
    if (draft[key] === undefined && partial) continue;
    const result = checkField(key, draft[key] ?? null);
    if ('message' in result) problems.push(result);
    else value[key] = result.value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: value as Partial<PostalAddress> };
}
