import { isCountryCode } from '@msa/subgraph-kit';
import type { Problem } from './checkout-problems';
import { rateFromFraction } from './tax';

/** Expected failures of setTaxRate / removeTaxRate, reported as userErrors with these stable codes. */
export const TaxRateErrorCode = {
  INVALID_COUNTRY: 'INVALID_COUNTRY',
  INVALID_REGION: 'INVALID_REGION',
  INVALID_RATE: 'INVALID_RATE',
  NOT_FOUND: 'NOT_FOUND',
} as const;

export interface TaxRateInputDraft {
  country: string;
  region?: string | null;
  /** A fraction: 0.0725 for 7.25 %. */
  rate: number;
  taxShipping?: boolean | null;
}

export interface TaxRateInputValues {
  country: string;
  region: string | null;
  ratePpm: number;
  taxShipping: boolean;
}

export type TaxRateInputCheck = { ok: true; values: TaxRateInputValues } | { ok: false; problems: Problem[] };

/** The subdivision part of an ISO 3166-2 code (CA for US-CA, QC for CA-QC): 1 to 3 letters or digits. */
const REGION = /^[A-Z0-9]{1,3}$/;

/** Validates and normalises (trims, upper-cases) a rate to set; reports every problem. */
export function checkTaxRateInput(draft: TaxRateInputDraft): TaxRateInputCheck {
  const problems: Problem[] = [];
  const country = draft.country.trim().toUpperCase();
  if (!isCountryCode(country))
    problems.push({
      code: TaxRateErrorCode.INVALID_COUNTRY,
      message: 'Country must be a two-letter ISO 3166-1 code such as US or DE.',
      field: ['input', 'country'],
    });
  const regionText = draft.region?.trim().toUpperCase() ?? '';
  const region = regionText === '' ? null : regionText;
  if (region !== null && !REGION.test(region))
    problems.push({
      code: TaxRateErrorCode.INVALID_REGION,
      message:
        'Region must be the subdivision part of an ISO 3166-2 code (1 to 3 letters or digits, e.g. CA for California), or empty for the whole country.',
      field: ['input', 'region'],
    });
  const rate = rateFromFraction(draft.rate);
  if (!rate.ok)
    problems.push({ code: TaxRateErrorCode.INVALID_RATE, message: rate.message, field: ['input', 'rate'] });
  if (problems.length > 0 || !rate.ok) return { ok: false, problems };
  return {
    ok: true,
    values: { country, region, ratePpm: rate.ratePpm, taxShipping: draft.taxShipping ?? false },
  };
}
