import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT_CACHE_HINT } from './cache-hints';

export const DEFAULT_CURRENCY = 'USD';

/**
 * Building an Intl.NumberFormat loads locale data and costs far more than formatting with one (it was a
 * quarter of a product listing's CPU): one formatter per locale and currency is built and kept. The set is
 * small (currencies times locales in use); it is emptied if it ever grows past MAX_CACHED_FORMATS.
 */
const currencyFormats = new Map<string, Intl.NumberFormat>();
const MAX_CACHED_FORMATS = 256;

export function currencyFormat(currency: string, locale = 'en-US'): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (currencyFormats.size >= MAX_CACHED_FORMATS) currencyFormats.clear();
    currencyFormats.set(key, format);
  }
  return format;
}

/** True for a three-letter ISO 4217 code the formatter knows; anything else would throw when formatted. */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  try {
    currencyFormat(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formatted amounts by locale and currency. Formatting with a kept formatter still cost a listing more than its
 * prices' other work (about 2 % of its CPU), and a catalog has few distinct prices: each text is formatted once
 * and kept, up to MAX_CACHED_AMOUNTS per locale and currency (the set is emptied when it would grow past it).
 */
const formattedAmounts = new Map<string, Map<number, string>>();
const MAX_CACHED_AMOUNTS = 10_000;

export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}|${currency}`;
  let texts = formattedAmounts.get(key);
  let text = texts?.get(amount);
  if (text !== undefined) return text;
  // Throws for an unknown currency before anything is kept.
  text = currencyFormat(currency, locale).format(amount / 100);
  if (!texts) {
    if (formattedAmounts.size >= MAX_CACHED_FORMATS) formattedAmounts.clear();
    texts = new Map();
    formattedAmounts.set(key, texts);
  }
  if (texts.size >= MAX_CACHED_AMOUNTS) texts.clear();
  texts.set(amount, text);
  return text;
}

@Directive('@shareable')
@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: 'An amount of money in minor units (cents) with its currency.' })
export class Money {
  @Field(() => Int, { description: 'Amount in minor units, e.g. 1999 for $19.99.' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => String, { description: 'The amount formatted for display, e.g. "$19.99".' })
  formatted!: string;
}

export function money(amount: number, currency = DEFAULT_CURRENCY): Money {
  return Object.assign(new Money(), { amount, currency, formatted: formatMoney(amount, currency) });
}
