import { isCountryCode } from './shipping-zone';

/** Where a parcel would go: enough to pick a zone and, later, a delivery depot; no name or street. */
export interface Destination {
  country: string;
  postalCode: string;
  region: string | null;
  city: string | null;
}

export type DestinationDraft = { [K in keyof Destination]?: string | null };

export interface DestinationProblem {
  field: keyof Destination;
  message: string;
}

export type DestinationCheck =
  | { ok: true; destination: Destination }
  | { ok: false; problems: DestinationProblem[] };

const POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]*$/;
const MAX_POSTAL_CODE = 20;
const MAX_PLACE_NAME = 100;
// A control character has no business in a place name and would end up in tracking locations.
const CONTROL = /\p{Cc}/u;

function optionalPlace(
  value: string | null | undefined,
  field: 'region' | 'city',
  label: string,
  problems: DestinationProblem[],
): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  if (trimmed.length > MAX_PLACE_NAME)
    problems.push({ field, message: `${label} must be at most ${MAX_PLACE_NAME} characters.` });
  else if (CONTROL.test(trimmed)) problems.push({ field, message: `${label} contains control characters.` });
  return trimmed;
}

/** Trims and upper-cases; reports every problem at once. */
export function checkDestination(draft: DestinationDraft): DestinationCheck {
  const problems: DestinationProblem[] = [];
  const country = draft.country?.trim().toUpperCase() ?? '';
  if (!isCountryCode(country)) {
    problems.push({
      field: 'country',
      message: 'Country must be a two-letter ISO 3166-1 code such as US or DE.',
    });
  }
  const postalCode = draft.postalCode?.trim().toUpperCase() ?? '';
  if (postalCode === '') problems.push({ field: 'postalCode', message: 'Postal code is required.' });
  else if (postalCode.length > MAX_POSTAL_CODE) {
    problems.push({
      field: 'postalCode',
      message: `Postal code must be at most ${MAX_POSTAL_CODE} characters.`,
    });
  } else if (!POSTAL_CODE.test(postalCode)) {
    problems.push({
      field: 'postalCode',
      message: 'Postal code may contain only letters, digits, spaces and hyphens.',
    });
  }
  const region = optionalPlace(draft.region, 'region', 'Region', problems);
  const city = optionalPlace(draft.city, 'city', 'City', problems);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, destination: { country, postalCode, region, city } };
}
