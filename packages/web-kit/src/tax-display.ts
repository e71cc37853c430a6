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
