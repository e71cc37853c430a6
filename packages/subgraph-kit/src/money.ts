import { Directive, Field, Int, ObjectType } from 'type-graphql';

export const DEFAULT_CURRENCY = 'USD';

/** True for a three-letter ISO 4217 code the formatter knows; anything else would throw when formatted. */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: value });
    return true;
  } catch {
    return false;
  }
}

export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100);
}

@Directive('@shareable')
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
