/** A price as the API sends it: `amount` in minor units (cents) of `currency`. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** Formatters by locale and currency: building one costs far more than formatting with it. */
const currencyFormats = new Map<string, Intl.NumberFormat>();
const MAX_CACHED_FORMATS = 256;

function currencyFormat(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (currencyFormats.size >= MAX_CACHED_FORMATS) currencyFormats.clear();
    currencyFormats.set(key, format);
  }
  return format;
}

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  return currencyFormat(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats money on the client, for amounts the API did not format (sums, form previews). Amounts from the
 * API come with `formatted`, which should be preferred so that every screen shows the same text.
 */
export function formatMoney(money: MoneyValue, locale = 'en-US'): string {
  const digits = minorUnitDigits(money.currency);
  return currencyFormat(money.currency, locale).format(money.amount / 10 ** digits);
}

/** Whole-number percentage saved against a former price, or null when there is no real reduction. */
export function discountPercent(price: number, compareAtPrice: number | null | undefined): number | null {
  if (compareAtPrice == null || compareAtPrice <= price || compareAtPrice <= 0) return null;
  const percent = Math.round(((compareAtPrice - price) / compareAtPrice) * 100);
  return percent > 0 ? percent : null;
}

export type MoneyInputResult = { ok: true; amount: number } | { ok: false; message: string };

/**
 * Reads a price typed by a person ("12", "12.5", "12.50", "1,299.00") into minor units. Rejects negative
 * values, letters and more decimals than the currency has, rather than rounding a typo into a price.
 */
export function parseMoneyInput(text: string, currency: string): MoneyInputResult {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter a price' };
  const digits = minorUnitDigits(currency);
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(cleaned)) {
    return {
      ok: false,
      message:
        digits === 0
          ? `Enter a whole number of ${currency}`
          : `Enter a price like 12.99 (at most ${digits} decimals)`,
    };
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amount)) return { ok: false, message: 'That price is too large' };
  return { ok: true, amount };
}

/** The text a price input starts with for an amount in minor units: 1299 → "12.99". */
export function toMoneyInput(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  const whole = Math.floor(absolute / 10 ** digits);
  const fraction = String(absolute % 10 ** digits).padStart(digits, '0');
  return `${sign}${whole}.${fraction}`;
}
