/**
 * How the storefront presents tax. Catalog and cart prices are net; checkout adds the destination's tax
 * (orders' checkoutSummary). SHOP_PRICES_INCLUDE_TAX picks how totals read:
 * - false (default, as in the US): the tax lines are listed above the total, which adds them.
 * - true (as in the EU): the total is shown first and the tax lines are stated as included in it.
 */
export type PriceDisplay = 'excluding-tax' | 'including-tax';

export const PRICE_DISPLAY_ENV = 'SHOP_PRICES_INCLUDE_TAX';

/** Reads SHOP_PRICES_INCLUDE_TAX (true/false, 1/0, yes/no); anything else is a configuration error. */
export function priceDisplayFromEnv(env: Record<string, string | undefined> = process.env): PriceDisplay {
  const raw = env[PRICE_DISPLAY_ENV]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'false' || raw === '0' || raw === 'no') return 'excluding-tax';
  if (raw === 'true' || raw === '1' || raw === 'yes') return 'including-tax';
  throw new Error(`${PRICE_DISPLAY_ENV} must be true or false; got "${env[PRICE_DISPLAY_ENV]}"`);
}

/** A rate fraction as a percentage: 0.0725 → "7.25%", 0.19 → "19%". */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}

/** "Tax US-CA (7.25%)" */
export function taxLineLabel(line: { name: string; rate: number }): string {
  return `${line.name} (${formatRate(line.rate)})`;
}

/** A tax line as the API sends it: `rate` a fraction (0.0625), `amount` in minor units. */
export interface TaxLineAmount {
  rate: number;
  amount: number;
}

/** What an order or a checkout preview charges, net of tax, in minor units. */
export interface NetFigures {
  /** Each line's total (unit price × quantity). */
  lines: readonly number[];
  /** Each discount, as a positive amount. */
  discounts: readonly number[];
  shipping: number;
  taxLines: readonly TaxLineAmount[];
}

/** The same figures with the tax inside them: lines − discounts + shipping = total, to the minor unit. */
export interface GrossFigures {
  lines: number[];
  discounts: number[];
  shipping: number;
  /** Sum of the gross lines. */
  subtotal: number;
  /** Sum of the tax lines. */
  tax: number;
  /** What the customer pays: net lines − discounts + shipping + tax. */
  total: number;
}

const PPM = 1_000_000n;

/** base × rate, rounded half up, as the tax engine computes it (rates have at most six decimals). */
function taxAt(base: number, rate: number): number {
  const ppm = BigInt(Math.round(rate * 1_000_000));
  return Number((BigInt(base) * ppm + PPM / 2n) / PPM);
}

/** Floor division for BigInt (which truncates towards zero). */
function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return quotient * denominator > numerator ? quotient - 1n : quotient;
}

/**
 * Splits `amount` over signed `weights` in proportion, by largest remainder (ties to the earlier part), so
 * the shares sum to `amount` exactly. A negative weight (a discount) takes a negative share.
 */
export function splitByLargestRemainder(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (amount === 0 || weights.length === 0) return weights.map(() => 0);
  if (total <= 0) {
    // Nothing to be in proportion to (everything discounted away): the first part carries it.
    return weights.map((_, index) => (index === 0 ? amount : 0));
  }
  const base = BigInt(total);
  const exact = weights.map((weight) => BigInt(amount) * BigInt(weight));
  const shares = exact.map((value) => floorDiv(value, base));
  let left = BigInt(amount) - shares.reduce((sum, share) => sum + share, 0n);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - shares[index]! * base }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left <= 0n) break;
    shares[index]! += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/**
 * Whether the tax includes shipping: the receipt does not say, but the rates do. The tax of the goods
 * alone (lines − discounts) at the tax lines' rates either matches the tax charged (shipping untaxed) or
 * does not (shipping taxed). Free shipping carries no tax either way.
 */
export function shippingWasTaxed(figures: NetFigures): boolean {
  if (figures.shipping === 0 || figures.taxLines.length === 0) return false;
  const goods = sum(figures.lines) - sum(figures.discounts);
  const tax = sum(figures.taxLines.map((line) => line.amount));
  const taxOf = (base: number) => sum(figures.taxLines.map((line) => taxAt(Math.max(base, 0), line.rate)));
  return taxOf(goods) !== tax;
}

/**
 * The figures a tax-inclusive shop shows: the order's tax (frozen on it, or the checkout preview's) spread
 * over its lines, its discounts (negatively) and its shipping when taxed, in proportion to their net
 * amounts, so that gross lines − gross discounts + gross shipping is exactly the total charged.
 */
export function grossFigures(figures: NetFigures): GrossFigures {
  const tax = sum(figures.taxLines.map((line) => line.amount));
  const taxedShipping = shippingWasTaxed(figures) ? figures.shipping : 0;
  const shares = splitByLargestRemainder(tax, [
    ...figures.lines,
    ...figures.discounts.map((discount) => -discount),
    taxedShipping,
  ]);
  const lineCount = figures.lines.length;
  const lines = figures.lines.map((line, index) => line + shares[index]!);
  const discounts = figures.discounts.map((discount, index) => discount - shares[lineCount + index]!);
  const shipping = figures.shipping + shares[shares.length - 1]!;
  const subtotal = sum(lines);
  return { lines, discounts, shipping, subtotal, tax, total: subtotal - sum(discounts) + shipping };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
