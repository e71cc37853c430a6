import { CheckoutErrorCode, type Problem } from './checkout-problems';

/** The address an order ships to, copied onto the order at checkout. */
export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

export type ShippingAddressDraft = { [K in keyof ShippingAddress]?: string | null };

interface Rule {
  label: string;
  max: number;
  required: boolean;
  pattern?: { test: RegExp; hint: string };
}

const RULES: Record<keyof ShippingAddress, Rule> = {
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
  country: {
    label: 'Country',
    max: 2,
    required: true,
    pattern: { test: /^[A-Za-z]{2}$/, hint: 'must be a two-letter ISO 3166-1 code such as US or DE' },
  },
  phone: {
    label: 'Phone',
    max: 25,
    required: false,
    pattern: { test: /^\+?[0-9][0-9 ()./-]{4,23}$/, hint: 'must be a phone number such as +1 555 123 4567' },
  },
};

const FIELDS = Object.keys(RULES) as (keyof ShippingAddress)[];
// Control characters would end up on a shipping label; nobody types them on purpose.
const CONTROL = /\p{Cc}/u;

export type AddressCheck = { ok: true; address: ShippingAddress } | { ok: false; problems: Problem[] };

/** Validates and normalises (trims, upper-cases country and postal code) an address; reports every problem. */
export function checkShippingAddress(draft: ShippingAddressDraft, fieldPrefix: string[]): AddressCheck {
  const problems: Problem[] = [];
  const address: Partial<Record<keyof ShippingAddress, string | null>> = {};
  for (const key of FIELDS) {
    const rule = RULES[key];
    const value = draft[key]?.trim() ?? '';
    const field = [...fieldPrefix, key];
    const problem = (message: string) =>
      problems.push({ code: CheckoutErrorCode.INVALID_ADDRESS, message, field });
    if (value === '') {
      if (rule.required) problem(`${rule.label} is required.`);
      address[key] = null;
    } else if (value.length > rule.max) {
      problem(`${rule.label} must be at most ${rule.max} characters.`);
    } else if (CONTROL.test(value)) {
      problem(`${rule.label} contains characters that cannot be printed on a label.`);
    } else if (rule.pattern && !rule.pattern.test.test(value)) {
      problem(`${rule.label} ${rule.pattern.hint}.`);
    } else {
      address[key] = key === 'country' || key === 'postalCode' ? value.toUpperCase() : value;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, address: address as ShippingAddress };
}
