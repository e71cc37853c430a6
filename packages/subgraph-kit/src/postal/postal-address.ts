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

/** One field's problem, in the shape of a subgraph's userErrors: its code, a message a form would show, the path. */
export interface PostalAddressProblem<C extends string> {
  code: C;
  message: string;
  field: string[];
}

function problemOf(key: keyof PostalAddress, raw: string | null): string | { value: string | null } {
  const rule = RULES[key];
  const value = (raw ?? '').trim().replace(/\s+/g, ' ');
  const problem = (message: string) => `${rule.label} ${message}.`;
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

export type PostalAddressCheck<T, C extends string> =
  | { ok: true; value: T }
  | { ok: false; problems: PostalAddressProblem<C>[] };

export interface PostalAddressCheckOptions<C extends string> {
  /** The subgraph's error code for an invalid address field. */
  code: C;
  /** Where the address sits in the input, e.g. `['input', 'shippingAddress']`. */
  fieldPrefix: string[];
  /** A change: only the fields given are checked, and a required field cannot be cleared. */
  partial?: boolean;
}

/**
 * Validates and normalises an address (trims and collapses spaces, upper-cases the country and postal code),
 * reporting every problem. A whole address needs every required field.
 */
export function checkPostalAddress<C extends string>(
  draft: PostalAddressDraft,
  options: PostalAddressCheckOptions<C> & { partial?: false },
): PostalAddressCheck<PostalAddress, C>;
export function checkPostalAddress<C extends string>(
  draft: PostalAddressDraft,
  options: PostalAddressCheckOptions<C>,
): PostalAddressCheck<Partial<PostalAddress>, C>;
export function checkPostalAddress<C extends string>(
  draft: PostalAddressDraft,
  { code, fieldPrefix, partial = false }: PostalAddressCheckOptions<C>,
): PostalAddressCheck<Partial<PostalAddress>, C> {
  const value: Partial<Record<keyof PostalAddress, string | null>> = {};
  const problems: PostalAddressProblem<C>[] = [];
  for (const key of POSTAL_ADDRESS_FIELDS) {
    if (draft[key] === undefined && partial) continue;
    const result = problemOf(key, draft[key] ?? null);
    if (typeof result === 'string') problems.push({ code, message: result, field: [...fieldPrefix, key] });
    else value[key] = result.value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: value as Partial<PostalAddress> };
}
