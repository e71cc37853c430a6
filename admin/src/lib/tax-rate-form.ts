/** The tax rate form of the dashboard: administrators type percentages, the API takes fractions. */
export interface TaxRateDraft {
  country: string;
  region: string;
  /** As typed, in percent: "7.25". */
  percent: string;
  taxShipping: boolean;
}

export type TaxRateFormResult =
  | { ok: true; input: { country: string; region: string | null; rate: number; taxShipping: boolean } }
  | { ok: false; problems: Partial<Record<'country' | 'region' | 'rate', string>> };

const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

/** Checks the draft the way the API will and turns the percentage into a fraction (7.25 → 0.0725). */
export function taxRateInput(draft: TaxRateDraft): TaxRateFormResult {
  const problems: Partial<Record<'country' | 'region' | 'rate', string>> = {};
  const country = draft.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) problems.country = 'Enter a two-letter country code, e.g. US or DE';
  const region = draft.region.trim().toUpperCase();
  if (region && !/^[A-Z0-9]{1,3}$/.test(region))
    problems.region = 'Enter a region code such as CA, or leave it empty';
  const percent = draft.percent.trim().replace(',', '.');
  const value = Number(percent);
  if (!PERCENT.test(percent) || value > 100) problems.rate = 'Enter a percentage from 0 to 100, e.g. 7.25';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  // Four decimals of a percent are six of a fraction; rounding removes binary noise (7.25 / 100).
  const rate = Math.round(value * 10_000) / 1_000_000;
  return { ok: true, input: { country, region: region || null, rate, taxShipping: draft.taxShipping } };
}

/** A fraction as the form shows it: 0.0725 → "7.25". */
export function percentOf(rate: number): string {
  return String(Number((rate * 100).toFixed(4)));
}

/** Where a rate applies, as the dashboard names it: "US-CA" for a region, "DE" for a whole country. */
export function taxPlaceLabel(rate: { country: string; region: string | null }): string {
  return rate.region ? `${rate.country}-${rate.region}` : rate.country;
}
