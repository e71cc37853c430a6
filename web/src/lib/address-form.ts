/** The shipping address form of the checkout: the draft, its checks, and what the API takes from it. */

export interface AddressDraft {
  name: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
}

export const EMPTY_ADDRESS: AddressDraft = {
  name: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: 'US',
  phone: '',
};

export interface AddressLike {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  phone?: string | null;
}

export type AddressProblems = Partial<Record<keyof AddressDraft, string>>;

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{4,23}$/;

/** What is wrong with a draft, by field (the same rules the API applies); empty when it can be sent. */
export function addressProblems(draft: AddressDraft): AddressProblems {
  const problems: AddressProblems = {};
  if (!draft.name.trim()) problems.name = 'Enter the recipient’s name';
  if (!draft.line1.trim()) problems.line1 = 'Enter the street and number';
  if (!draft.city.trim()) problems.city = 'Enter the city';
  const postalCode = draft.postalCode.trim();
  if (!postalCode) problems.postalCode = 'Enter the postal code';
  else if (!POSTAL_CODE.test(postalCode) || postalCode.length > 20)
    problems.postalCode = 'Use only letters, digits, spaces and hyphens';
  if (!COUNTRY.test(draft.country.trim()))
    problems.country = 'Use a two-letter country code such as US or DE';
  const phone = draft.phone.trim();
  if (phone && !PHONE.test(phone)) problems.phone = 'Enter a phone number such as +1 555 123 4567';
  return problems;
}

/** The address as the API takes it: trimmed, blanks as null, country upper-cased. */
export function addressInput(address: AddressLike) {
  const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    name: address.name.trim(),
    line1: address.line1.trim(),
    line2: optional(address.line2),
    city: address.city.trim(),
    region: optional(address.region),
    postalCode: address.postalCode.trim().toUpperCase(),
    country: address.country.trim().toUpperCase(),
    phone: optional(address.phone),
  };
}

/** Where a parcel goes, for pricing delivery. */
export function destinationOf(address: AddressLike) {
  const input = addressInput(address);
  return { country: input.country, postalCode: input.postalCode, region: input.region, city: input.city };
}

/** One line for lists: "Ada Lovelace, 1 Main St, Springfield 12345, US". */
export function addressSummary(address: AddressLike): string {
  const place = [address.city, address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.name, address.line1, address.line2, place, address.country].filter(Boolean).join(', ');
}
