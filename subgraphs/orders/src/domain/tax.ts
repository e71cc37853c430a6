import { discountShares } from './return-refund';

/**
 * Sales tax / VAT, in minor units. The rule:
 *
 * 1. One rate applies per destination: the rate of its region when there is one, else its country's; a
 *    destination without either is tax-exempt.
 * 2. The order's discounts are spread over its lines in proportion to their totals (largest remainder, the
 *    same split returns refund by), so the tax base of a line is what is paid for it.
 * 3. The tax base is the sum of those line amounts, plus shipping when the rate taxes shipping.
 * 4. The tax is base × rate, rounded half up once for the whole order (not per line, so the receipt's tax is
 *    the rate applied to its base), then spread over the lines and shipping in proportion to their bases
 *    (largest remainder again) so each line knows its share and a return pays exactly that share back.
 *
 * Rates are integers in parts per million (72 500 = 7.25 %), so all arithmetic is exact (BigInt).
 */
export const RATE_SCALE = 1_000_000;

export interface TaxRateRule {
  id: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** Upper-case region code; null for the country-wide rate. */
  region: string | null;
  /** Parts per million of the base. */
  ratePpm: number;
  taxShipping: boolean;
}

export interface TaxDestination {
  country: string;
  region?: string | null;
}

export interface TaxLine {
  /** What the receipt calls it, e.g. "Tax US-CA". */
  name: string;
  ratePpm: number;
  amount: number;
}

export interface TaxableOrder {
  lines: readonly { lineTotal: number }[];
  discountTotal: number;
  shippingTotal: number;
}

export interface TaxBreakdown {
  taxTotal: number;
  taxLines: TaxLine[];
  /** Each line's share of the tax, in the order of the lines. */
  lineTaxes: number[];
  /** The tax on shipping (0 when shipping is not taxed). */
  shippingTax: number;
}

/** The country and region as rates are keyed: trimmed, upper case; an empty region is none. */
export function normalizeDestination(destination: TaxDestination): {
  country: string;
  region: string | null;
} {
  const region = destination.region?.trim().toUpperCase() ?? '';
  return { country: destination.country.trim().toUpperCase(), region: region === '' ? null : region };
}

/** The rate for a destination: its region's, else its country's, else null (tax-exempt). */
export function pickTaxRate(rates: readonly TaxRateRule[], destination: TaxDestination): TaxRateRule | null {
  const { country, region } = normalizeDestination(destination);
  const ofCountry = rates.filter((rate) => rate.country === country);
  return (
    (region !== null ? ofCountry.find((rate) => rate.region === region) : undefined) ??
    ofCountry.find((rate) => rate.region === null) ??
    null
  );
}

/** The receipt's name of a rate: "Tax DE", "Tax US-CA". */
export function taxLineName(rate: Pick<TaxRateRule, 'country' | 'region'>): string {
  return rate.region ? `Tax ${rate.country}-${rate.region}` : `Tax ${rate.country}`;
}

/** base × ppm ÷ 1 000 000, rounded half up (bases are never negative). */
export function applyRate(base: number, ratePpm: number): number {
  const scaled = BigInt(base) * BigInt(ratePpm);
  const scale = BigInt(RATE_SCALE);
  return Number((scaled + scale / 2n) / scale);
}

/** Splits `amount` over `weights` in proportion (largest remainder, ties to the earlier one). */
function spread(amount: number, weights: readonly number[]): number[] {
  const shares = discountShares(
    weights.map((weight, index) => ({ id: String(index), quantity: 1, lineTotal: weight })),
    amount,
  );
  return weights.map((_, index) => shares.get(String(index)) ?? 0);
}

/** The tax of an order at a rate (null: tax-exempt, no tax lines). */
export function computeTax(order: TaxableOrder, rate: TaxRateRule | null): TaxBreakdown {
  if (!rate) {
    return { taxTotal: 0, taxLines: [], lineTaxes: order.lines.map(() => 0), shippingTax: 0 };
  }
  const discounts = spread(
    order.discountTotal,
    order.lines.map((line) => line.lineTotal),
  );
  const lineBases = order.lines.map((line, index) => line.lineTotal - discounts[index]!);
  const shippingBase = rate.taxShipping ? order.shippingTotal : 0;
  const base = lineBases.reduce((sum, amount) => sum + amount, 0) + shippingBase;
  const taxTotal = applyRate(base, rate.ratePpm);
  const shares = spread(taxTotal, [...lineBases, shippingBase]);
  return {
    taxTotal,
    taxLines: [{ name: taxLineName(rate), ratePpm: rate.ratePpm, amount: taxTotal }],
    lineTaxes: shares.slice(0, order.lines.length),
    shippingTax: shares[order.lines.length]!,
  };
}

export type RateParse = { ok: true; ratePpm: number } | { ok: false; message: string };

/** A rate given as a fraction (0.0725 for 7.25 %) in parts per million; at most six decimals. */
export function rateFromFraction(rate: number): RateParse {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    return { ok: false, message: 'The rate is a fraction from 0 to 1, e.g. 0.0725 for 7.25 %.' };
  const ppm = Math.round(rate * RATE_SCALE);
  if (Math.abs(rate * RATE_SCALE - ppm) > 1e-6)
    return { ok: false, message: 'The rate has at most six decimals (0.0001 %).' };
  return { ok: true, ratePpm: ppm };
}

/** The rate as the API shows it: a fraction of 1. */
export function rateAsFraction(ratePpm: number): number {
  return ratePpm / RATE_SCALE;
}
